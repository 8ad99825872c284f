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
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A custom field suppliers carry, with its predefined values ({@code ISupplierCustomField}).
 *
 * <p>Immutable. Fields Payhawk sends that this SDK version does not know are kept in
 * {@link #additionalProperties()}; build one for a test with {@link #builder()}.
 */
@JsonDeserialize(builder = SupplierCustomField.Builder.class)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE, isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public final class SupplierCustomField {

    private final String label;
    private final String externalId;
    private final Boolean isRequired;
    private final Boolean isSystem;
    private final String externalSource;
    private final SupplierCustomFieldType type;
    private final String id;
    private final List<SupplierCustomFieldValue> values;
    @JsonIgnore
    private final Map<String, JsonNode> additionalProperties;

    private SupplierCustomField(Builder builder) {
        this.label = builder.label;
        this.externalId = builder.externalId;
        this.isRequired = builder.isRequired;
        this.isSystem = builder.isSystem;
        this.externalSource = builder.externalSource;
        this.type = builder.type;
        this.id = builder.id;
        this.values = builder.values == null ? List.of() : List.copyOf(builder.values);
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

    /** {@return label of the custom field} */
    public String label() {
        return label;
    }

    /** {@return identifier of the custom field in the external system} */
    public String externalId() {
        return externalId;
    }

    /** {@return whether the custom field is always required} */
    public Boolean isRequired() {
        return isRequired;
    }

    /** {@return whether the custom field cannot be edited} */
    public Boolean isSystem() {
        return isSystem;
    }

    /** {@return identifier of the external system} */
    public String externalSource() {
        return externalSource;
    }

    /** {@return the kind of field: a predefined list, free text or a file} */
    public SupplierCustomFieldType type() {
        return type;
    }

    /** {@return unique identifier of the supplier custom field} */
    public String id() {
        return id;
    }

    /** {@return the predefined values to choose from; empty if none} */
    public List<SupplierCustomFieldValue> values() {
        return values;
    }

    /** Fields of the JSON object this SDK version has no accessor for, by name; empty if none. Immutable. */
    @JsonAnyGetter
    public Map<String, JsonNode> additionalProperties() {
        return additionalProperties;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof SupplierCustomField that
                && Objects.equals(label, that.label)
                && Objects.equals(externalId, that.externalId)
                && Objects.equals(isRequired, that.isRequired)
                && Objects.equals(isSystem, that.isSystem)
                && Objects.equals(externalSource, that.externalSource)
                && Objects.equals(type, that.type)
                && Objects.equals(id, that.id)
                && Objects.equals(values, that.values)
                && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(label, externalId, isRequired, isSystem, externalSource, type, id, values,
                additionalProperties);
    }

    @Override
    public String toString() {
        return "SupplierCustomField{label=" + label
                + ", externalId=" + externalId
                + ", isRequired=" + isRequired
                + ", isSystem=" + isSystem
                + ", externalSource=" + externalSource
                + ", type=" + type
                + ", id=" + id
                + ", values=" + values
                + ", additionalProperties=" + additionalProperties + '}';
    }

    /** Builds {@link SupplierCustomField} objects; not thread-safe. Unset fields stay null (lists empty). */
    // Jackson reads JSON into the builder's fields: a reflective setter call per property would cost more.
    @JsonPOJOBuilder(withPrefix = "")
    @JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, setterVisibility = JsonAutoDetect.Visibility.NONE)
    public static final class Builder {
        private String label;
        private String externalId;
        private Boolean isRequired;
        private Boolean isSystem;
        private String externalSource;
        private SupplierCustomFieldType type;
        private String id;
        private List<SupplierCustomFieldValue> values;
        /** Null until the first additional property: most objects have none. */
        @JsonIgnore
        private Map<String, JsonNode> additionalProperties;

        private Builder() {
        }

        private Builder(SupplierCustomField source) {
            this.label = source.label;
            this.externalId = source.externalId;
            this.isRequired = source.isRequired;
            this.isSystem = source.isSystem;
            this.externalSource = source.externalSource;
            this.type = source.type;
            this.id = source.id;
            this.values = source.values;
            this.additionalProperties = source.additionalProperties.isEmpty() ? null
                    : new LinkedHashMap<>(source.additionalProperties);
        }

        /** Sets {@link SupplierCustomField#label()}: label of the custom field. */
        public Builder label(String value) {
            this.label = value;
            return this;
        }

        /** Sets {@link SupplierCustomField#externalId()}: identifier of the custom field in the external system. */
        public Builder externalId(String value) {
            this.externalId = value;
            return this;
        }

        /** Sets {@link SupplierCustomField#isRequired()}: whether the custom field is always required. */
        public Builder isRequired(Boolean value) {
            this.isRequired = value;
            return this;
        }

        /** Sets {@link SupplierCustomField#isSystem()}: whether the custom field cannot be edited. */
        public Builder isSystem(Boolean value) {
            this.isSystem = value;
            return this;
        }

        /** Sets {@link SupplierCustomField#externalSource()}: identifier of the external system. */
        public Builder externalSource(String value) {
            this.externalSource = value;
            return this;
        }

        /** Sets {@link SupplierCustomField#type()}: the kind of field: a predefined list, free text or a file. */
        public Builder type(SupplierCustomFieldType value) {
            this.type = value;
            return this;
        }

        /** Sets {@link SupplierCustomField#id()}: unique identifier of the supplier custom field. */
        public Builder id(String value) {
            this.id = value;
            return this;
        }

        /** Sets {@link SupplierCustomField#values()}: the predefined values to choose from. */
        public Builder values(List<SupplierCustomFieldValue> value) {
            this.values = value;
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

        /** The {@link SupplierCustomField}. */
        public SupplierCustomField build() {
            return new SupplierCustomField(this);
        }
    }
}
