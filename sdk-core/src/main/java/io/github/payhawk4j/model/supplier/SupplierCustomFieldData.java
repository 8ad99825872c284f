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
 * The value of one custom field on a supplier ({@code ISupplierCustomFieldData}).
 *
 * <p>Immutable. Fields Payhawk sends that this SDK version does not know are kept in
 * {@link #additionalProperties()}; build one for a test with {@link #builder()}.
 */
@JsonDeserialize(builder = SupplierCustomFieldData.Builder.class)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE, isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public final class SupplierCustomFieldData {

    private final String externalId;
    private final String fieldId;
    private final String externalSource;
    private final String valueId;
    private final String valueExternalId;
    private final String value;
    private final String fileId;
    private final String fileName;
    private final String id;
    private final String label;
    @JsonIgnore
    private final Map<String, JsonNode> additionalProperties;

    private SupplierCustomFieldData(Builder builder) {
        this.externalId = builder.externalId;
        this.fieldId = builder.fieldId;
        this.externalSource = builder.externalSource;
        this.valueId = builder.valueId;
        this.valueExternalId = builder.valueExternalId;
        this.value = builder.value;
        this.fileId = builder.fileId;
        this.fileName = builder.fileName;
        this.id = builder.id;
        this.label = builder.label;
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

    /** {@return unique identifier of the custom field in the external system} */
    public String externalId() {
        return externalId;
    }

    /** {@return identifier of the custom field} */
    public String fieldId() {
        return fieldId;
    }

    /** {@return unique identifier of the external system the field originates from} */
    public String externalSource() {
        return externalSource;
    }

    /** {@return identifier of the value selected from a predefined list} */
    public String valueId() {
        return valueId;
    }

    /** {@return identifier in the external system of the value selected from a fixed list} */
    public String valueExternalId() {
        return valueExternalId;
    }

    /** {@return free text value, for text input custom fields} */
    public String value() {
        return value;
    }

    /** {@return identifier of the file, for file upload custom fields} */
    public String fileId() {
        return fileId;
    }

    /** {@return the name of the file, for file upload custom fields} */
    public String fileName() {
        return fileName;
    }

    /** {@return unique identifier of the custom field} */
    public String id() {
        return id;
    }

    /** {@return label of the custom field} */
    public String label() {
        return label;
    }

    /** Fields of the JSON object this SDK version has no accessor for, by name; empty if none. Immutable. */
    @JsonAnyGetter
    public Map<String, JsonNode> additionalProperties() {
        return additionalProperties;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof SupplierCustomFieldData that
                && Objects.equals(externalId, that.externalId) && Objects.equals(fieldId, that.fieldId)
                && Objects.equals(externalSource, that.externalSource) && Objects.equals(valueId, that.valueId)
                && Objects.equals(valueExternalId, that.valueExternalId) && Objects.equals(value, that.value)
                && Objects.equals(fileId, that.fileId) && Objects.equals(fileName, that.fileName)
                && Objects.equals(id, that.id) && Objects.equals(label, that.label)
                && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(externalId, fieldId, externalSource, valueId, valueExternalId, value, fileId, fileName, id
                , label, additionalProperties);
    }

    @Override
    public String toString() {
        return "SupplierCustomFieldData{externalId=" + externalId + ", fieldId=" + fieldId
                + ", externalSource=" + externalSource + ", valueId=" + valueId
                + ", valueExternalId=" + valueExternalId + ", value=" + value + ", fileId=" + fileId
                + ", fileName=" + fileName + ", id=" + id + ", label=" + label
                + ", additionalProperties=" + additionalProperties + '}';
    }

    /** Builds {@link SupplierCustomFieldData} objects; not thread-safe. Unset fields stay null (lists empty). */
    // Jackson reads JSON into the builder's fields: a reflective setter call per property would cost more.
    @JsonPOJOBuilder(withPrefix = "")
    @JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, setterVisibility = JsonAutoDetect.Visibility.NONE)
    public static final class Builder {
        private String externalId;
        private String fieldId;
        private String externalSource;
        private String valueId;
        private String valueExternalId;
        private String value;
        private String fileId;
        private String fileName;
        private String id;
        private String label;
        /** Null until the first additional property: most objects have none. */
        @JsonIgnore
        private Map<String, JsonNode> additionalProperties;

        private Builder() {
        }

        private Builder(SupplierCustomFieldData source) {
            this.externalId = source.externalId;
            this.fieldId = source.fieldId;
            this.externalSource = source.externalSource;
            this.valueId = source.valueId;
            this.valueExternalId = source.valueExternalId;
            this.value = source.value;
            this.fileId = source.fileId;
            this.fileName = source.fileName;
            this.id = source.id;
            this.label = source.label;
            this.additionalProperties = source.additionalProperties.isEmpty() ? null
                    : new LinkedHashMap<>(source.additionalProperties);
        }

        /**
         * Sets {@link SupplierCustomFieldData#externalId()}: unique identifier of the custom field in the external
         * system.
         */
        public Builder externalId(String value) {
            this.externalId = value;
            return this;
        }

        /** Sets {@link SupplierCustomFieldData#fieldId()}: identifier of the custom field. */
        public Builder fieldId(String value) {
            this.fieldId = value;
            return this;
        }

        /**
         * Sets {@link SupplierCustomFieldData#externalSource()}: unique identifier of the external system the field
         * originates from.
         */
        public Builder externalSource(String value) {
            this.externalSource = value;
            return this;
        }

        /** Sets {@link SupplierCustomFieldData#valueId()}: identifier of the value selected from a predefined list. */
        public Builder valueId(String value) {
            this.valueId = value;
            return this;
        }

        /**
         * Sets {@link SupplierCustomFieldData#valueExternalId()}: identifier in the external system of the value
         * selected from a fixed list.
         */
        public Builder valueExternalId(String value) {
            this.valueExternalId = value;
            return this;
        }

        /** Sets {@link SupplierCustomFieldData#value()}: free text value, for text input custom fields. */
        public Builder value(String value) {
            this.value = value;
            return this;
        }

        /** Sets {@link SupplierCustomFieldData#fileId()}: identifier of the file, for file upload custom fields. */
        public Builder fileId(String value) {
            this.fileId = value;
            return this;
        }

        /** Sets {@link SupplierCustomFieldData#fileName()}: the name of the file, for file upload custom fields. */
        public Builder fileName(String value) {
            this.fileName = value;
            return this;
        }

        /** Sets {@link SupplierCustomFieldData#id()}: unique identifier of the custom field. */
        public Builder id(String value) {
            this.id = value;
            return this;
        }

        /** Sets {@link SupplierCustomFieldData#label()}: label of the custom field. */
        public Builder label(String value) {
            this.label = value;
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

        /** The {@link SupplierCustomFieldData}. */
        public SupplierCustomFieldData build() {
            return new SupplierCustomFieldData(this);
        }
    }
}
