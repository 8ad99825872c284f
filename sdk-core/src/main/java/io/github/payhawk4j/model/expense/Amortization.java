package io.github.payhawk4j.model.expense;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import com.fasterxml.jackson.databind.node.NullNode;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The amortization period of an expense or purchase order item ({@code IAmortization}).
 *
 * <p>Immutable. Fields Payhawk sends that this SDK version does not know are kept in
 * {@link #additionalProperties()}; build one for a test with {@link #builder()}.
 */
@JsonDeserialize(builder = Amortization.Builder.class)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE, isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public final class Amortization {

    private final String label;
    private final String externalId;
    private final Instant startDate;
    private final Instant endDate;
    @JsonIgnore
    private final Map<String, JsonNode> additionalProperties;

    private Amortization(Builder builder) {
        this.label = builder.label;
        this.externalId = builder.externalId;
        this.startDate = builder.startDate;
        this.endDate = builder.endDate;
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

    /** {@return system label of the amortization} */
    public String label() {
        return label;
    }

    /** {@return external ID of the amortization} */
    public String externalId() {
        return externalId;
    }

    /** {@return the start date for an amortizable expense} */
    public Instant startDate() {
        return startDate;
    }

    /** {@return the end date of an amortizable expense} */
    public Instant endDate() {
        return endDate;
    }

    /** Fields of the JSON object this SDK version has no accessor for, by name; empty if none. Immutable. */
    @JsonAnyGetter
    public Map<String, JsonNode> additionalProperties() {
        return additionalProperties;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Amortization that && Objects.equals(label, that.label)
                && Objects.equals(externalId, that.externalId) && Objects.equals(startDate, that.startDate)
                && Objects.equals(endDate, that.endDate)
                && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(label, externalId, startDate, endDate, additionalProperties);
    }

    @Override
    public String toString() {
        return "Amortization{label=" + label + ", externalId=" + externalId + ", startDate=" + startDate
                + ", endDate=" + endDate + ", additionalProperties=" + additionalProperties + '}';
    }

    /** Builds {@link Amortization} objects; not thread-safe. Unset fields stay null (lists empty). */
    // Jackson reads JSON into the builder's fields: a reflective setter call per property would cost more.
    @JsonPOJOBuilder(withPrefix = "")
    @JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, setterVisibility = JsonAutoDetect.Visibility.NONE)
    public static final class Builder {
        private String label;
        private String externalId;
        private Instant startDate;
        private Instant endDate;
        /** Null until the first additional property: most objects have none. */
        @JsonIgnore
        private Map<String, JsonNode> additionalProperties;

        private Builder() {
        }

        private Builder(Amortization source) {
            this.label = source.label;
            this.externalId = source.externalId;
            this.startDate = source.startDate;
            this.endDate = source.endDate;
            this.additionalProperties = source.additionalProperties.isEmpty() ? null
                    : new LinkedHashMap<>(source.additionalProperties);
        }

        /** Sets {@link Amortization#label()}: system label of the amortization. */
        public Builder label(String value) {
            this.label = value;
            return this;
        }

        /** Sets {@link Amortization#externalId()}: external ID of the amortization. */
        public Builder externalId(String value) {
            this.externalId = value;
            return this;
        }

        /** Sets {@link Amortization#startDate()}: the start date for an amortizable expense. */
        public Builder startDate(Instant value) {
            this.startDate = value;
            return this;
        }

        /** Sets {@link Amortization#endDate()}: the end date of an amortizable expense. */
        public Builder endDate(Instant value) {
            this.endDate = value;
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

        /** The {@link Amortization}. */
        public Amortization build() {
            return new Amortization(this);
        }
    }
}
