package io.github.payhawk4j.model.supplier;

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
 * One predefined value of a supplier custom field ({@code ISupplierCustomFieldValue}).
 *
 * <p>Immutable. Fields Payhawk sends that this SDK version does not know are kept in
 * {@link #additionalProperties()}; build one for a test with {@link #builder()}.
 */
@JsonDeserialize(builder = SupplierCustomFieldValue.Builder.class)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE, isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public final class SupplierCustomFieldValue {

    private final String label;
    private final String externalId;
    private final String id;
    @JsonIgnore
    private final Map<String, JsonNode> additionalProperties;

    private SupplierCustomFieldValue(Builder builder) {
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

    /** {@return label of the value} */
    public String label() {
        return label;
    }

    /** {@return identifier of the value in the external system} */
    public String externalId() {
        return externalId;
    }

    /** {@return unique identifier of the value} */
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
        return this == other || other instanceof SupplierCustomFieldValue that
                && Objects.equals(label, that.label)
                && Objects.equals(externalId, that.externalId)
                && Objects.equals(id, that.id)
                && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(label, externalId, id, additionalProperties);
    }

    @Override
    public String toString() {
        return "SupplierCustomFieldValue{label=" + label
                + ", externalId=" + externalId
                + ", id=" + id
                + ", additionalProperties=" + additionalProperties + '}';
    }

    /** Builds {@link SupplierCustomFieldValue} objects; not thread-safe. Unset fields stay null (lists empty). */
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

        private Builder(SupplierCustomFieldValue source) {
            this.label = source.label;
            this.externalId = source.externalId;
            this.id = source.id;
            this.additionalProperties = source.additionalProperties.isEmpty() ? null
                    : new LinkedHashMap<>(source.additionalProperties);
        }

        /** Sets {@link SupplierCustomFieldValue#label()}: label of the value. */
        public Builder label(String value) {
            this.label = value;
            return this;
        }

        /** Sets {@link SupplierCustomFieldValue#externalId()}: identifier of the value in the external system. */
        public Builder externalId(String value) {
            this.externalId = value;
            return this;
        }

        /** Sets {@link SupplierCustomFieldValue#id()}: unique identifier of the value. */
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

        /** The {@link SupplierCustomFieldValue}. */
        public SupplierCustomFieldValue build() {
            return new SupplierCustomFieldValue(this);
        }
    }
}
