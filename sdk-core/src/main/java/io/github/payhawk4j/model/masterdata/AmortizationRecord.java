package io.github.payhawk4j.model.masterdata;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import com.fasterxml.jackson.databind.node.NullNode;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An amortization record of the account ({@code IExpenseAmortization}), such as a prepaid-expense schedule an
 * expense can be booked against; an expense's own amortization period is {@link io.github.payhawk4j.model.expense.Amortization}.
 *
 * <p>Immutable. Fields Payhawk sends that this SDK version does not know are kept in
 * {@link #additionalProperties()}; build one for a test with {@link #builder()}.
 */
@JsonDeserialize(builder = AmortizationRecord.Builder.class)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE, isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public final class AmortizationRecord {

    private final String label;
    private final String externalId;
    private final String id;
    @JsonIgnore
    private final Map<String, JsonNode> additionalProperties;

    private AmortizationRecord(Builder builder) {
        this.label = builder.label;
        this.externalId = builder.externalId;
        this.id = builder.id;
        this.additionalProperties = builder.additionalProperties == null ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(builder.additionalProperties));
    }

    /** A builder with nothing set. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this object's values, to build a changed copy. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** {@return label of the amortization record} */
    public String label() {
        return label;
    }

    /** {@return identifier of the record in the external system; null if none} */
    public String externalId() {
        return externalId;
    }

    /** {@return unique identifier of the amortization record} */
    public String id() {
        return id;
    }

    /** Fields of the JSON object this SDK version has no accessor for, by name; empty if none. Immutable. */
    @JsonAnyGetter
    public Map<String, JsonNode> additionalProperties() {
        return additionalProperties;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof AmortizationRecord that
                && Objects.equals(label, that.label) && Objects.equals(externalId, that.externalId) && Objects.equals(id, that.id)
                && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(label, externalId, id, additionalProperties);
    }

    @Override
    public String toString() {
        return "AmortizationRecord{label=" + label + ", externalId=" + externalId + ", id=" + id
                + ", additionalProperties=" + additionalProperties + '}';
    }

    /** Builds {@link AmortizationRecord} objects; not thread-safe. Unset fields stay null. */
    // Jackson reads JSON into the builder's fields: a reflective setter call per property would cost more.
    @JsonPOJOBuilder(withPrefix = "")
    @JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, setterVisibility = JsonAutoDetect.Visibility.NONE)
    public static final class Builder {
        private String label;
        private String externalId;
        private String id;
        /** Null until the first additional property: most objects have none. */
        @JsonIgnore
        private Map<String, JsonNode> additionalProperties;

        private Builder() {
        }

        private Builder(AmortizationRecord source) {
            this.label = source.label;
            this.externalId = source.externalId;
            this.id = source.id;
            this.additionalProperties = source.additionalProperties.isEmpty() ? null
                    : new LinkedHashMap<>(source.additionalProperties);
        }

        /** Sets {@link AmortizationRecord#label()}: label of the amortization record. */
        public Builder label(String value) {
            this.label = value;
            return this;
        }

        /** Sets {@link AmortizationRecord#externalId()}: identifier of the record in the external system; null if none. */
        public Builder externalId(String value) {
            this.externalId = value;
            return this;
        }

        /** Sets {@link AmortizationRecord#id()}: unique identifier of the amortization record. */
        public Builder id(String value) {
            this.id = value;
            return this;
        }

        /** Adds a field this SDK version has no setter for, as the JSON would carry it; null means JSON null. */
        @JsonAnySetter
        public Builder putAdditionalProperty(String name, JsonNode value) {
            if (additionalProperties == null) {
                additionalProperties = new LinkedHashMap<>();
            }
            additionalProperties.put(Objects.requireNonNull(name, "name"), value == null ? NullNode.getInstance() : value);
            return this;
        }

        /** The {@link AmortizationRecord}. */
        public AmortizationRecord build() {
            return new AmortizationRecord(this);
        }
    }
}
