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
 * A custom field value of a supplier to create or update ({@code INewSupplierCustomFieldData}): the field by
 * {@code fieldId} (or {@code externalId}), and a listed value ({@code valueId}/{@code valueExternalId}), free
 * text ({@code value}) or an uploaded file ({@code fileId}, from {@code SupplierService#uploadFile}).
 *
 * <p>Immutable; unset fields are not sent.
 */
@JsonDeserialize(builder = NewSupplierCustomFieldData.Builder.class)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE, isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public final class NewSupplierCustomFieldData {

    private final String externalId;
    private final String fieldId;
    private final String externalSource;
    private final String valueId;
    private final String valueExternalId;
    private final String value;
    private final String fileId;
    private final String fileName;
    @JsonIgnore
    private final Map<String, JsonNode> additionalProperties;

    private NewSupplierCustomFieldData(Builder builder) {
        this.externalId = builder.externalId;
        this.fieldId = builder.fieldId;
        this.externalSource = builder.externalSource;
        this.valueId = builder.valueId;
        this.valueExternalId = builder.valueExternalId;
        this.value = builder.value;
        this.fileId = builder.fileId;
        this.fileName = builder.fileName;
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

    /** {@return identifier of the external system the field originates from} */
    public String externalSource() {
        return externalSource;
    }

    /** {@return the selected value of a predefined list} */
    public String valueId() {
        return valueId;
    }

    /** {@return the external system's identifier of the selected value} */
    public String valueExternalId() {
        return valueExternalId;
    }

    /** {@return free text value, for text custom fields} */
    public String value() {
        return value;
    }

    /** {@return identifier of the uploaded file, for file upload custom fields} */
    public String fileId() {
        return fileId;
    }

    /** {@return name of the file, for file upload custom fields} */
    public String fileName() {
        return fileName;
    }

    /** Fields of the JSON object this SDK version has no accessor for, by name; empty if none. Immutable. */
    @JsonAnyGetter
    public Map<String, JsonNode> additionalProperties() {
        return additionalProperties;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof NewSupplierCustomFieldData that
                && Objects.equals(externalId, that.externalId)
                && Objects.equals(fieldId, that.fieldId)
                && Objects.equals(externalSource, that.externalSource)
                && Objects.equals(valueId, that.valueId)
                && Objects.equals(valueExternalId, that.valueExternalId)
                && Objects.equals(value, that.value)
                && Objects.equals(fileId, that.fileId)
                && Objects.equals(fileName, that.fileName)
                && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(externalId, fieldId, externalSource, valueId, valueExternalId, value, fileId, fileName,
                additionalProperties);
    }

    @Override
    public String toString() {
        return "NewSupplierCustomFieldData{externalId=" + externalId
                + ", fieldId=" + fieldId
                + ", externalSource=" + externalSource
                + ", valueId=" + valueId
                + ", valueExternalId=" + valueExternalId
                + ", value=" + value
                + ", fileId=" + fileId
                + ", fileName=" + fileName
                + ", additionalProperties=" + additionalProperties + '}';
    }

    /** Builds {@link NewSupplierCustomFieldData} objects; not thread-safe. Unset fields stay null. */
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
        /** Null until the first additional property: most objects have none. */
        @JsonIgnore
        private Map<String, JsonNode> additionalProperties;

        private Builder() {
        }

        private Builder(NewSupplierCustomFieldData source) {
            this.externalId = source.externalId;
            this.fieldId = source.fieldId;
            this.externalSource = source.externalSource;
            this.valueId = source.valueId;
            this.valueExternalId = source.valueExternalId;
            this.value = source.value;
            this.fileId = source.fileId;
            this.fileName = source.fileName;
            this.additionalProperties = source.additionalProperties.isEmpty() ? null
                    : new LinkedHashMap<>(source.additionalProperties);
        }

        /**
         * Sets {@link NewSupplierCustomFieldData#externalId()}: unique identifier of the custom field in the external
         * system.
         */
        public Builder externalId(String value) {
            this.externalId = value;
            return this;
        }

        /** Sets {@link NewSupplierCustomFieldData#fieldId()}: identifier of the custom field. */
        public Builder fieldId(String value) {
            this.fieldId = value;
            return this;
        }

        /**
         * Sets {@link NewSupplierCustomFieldData#externalSource()}: identifier of the external system the field
         * originates from.
         */
        public Builder externalSource(String value) {
            this.externalSource = value;
            return this;
        }

        /** Sets {@link NewSupplierCustomFieldData#valueId()}: the selected value of a predefined list. */
        public Builder valueId(String value) {
            this.valueId = value;
            return this;
        }

        /**
         * Sets {@link NewSupplierCustomFieldData#valueExternalId()}: the external system's identifier of the selected
         * value.
         */
        public Builder valueExternalId(String value) {
            this.valueExternalId = value;
            return this;
        }

        /** Sets {@link NewSupplierCustomFieldData#value()}: free text value, for text custom fields. */
        public Builder value(String value) {
            this.value = value;
            return this;
        }

        /**
         * Sets {@link NewSupplierCustomFieldData#fileId()}: identifier of the uploaded file, for file upload custom
         * fields.
         */
        public Builder fileId(String value) {
            this.fileId = value;
            return this;
        }

        /** Sets {@link NewSupplierCustomFieldData#fileName()}: name of the file, for file upload custom fields. */
        public Builder fileName(String value) {
            this.fileName = value;
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

        /** The {@link NewSupplierCustomFieldData}. */
        public NewSupplierCustomFieldData build() {
            return new NewSupplierCustomFieldData(this);
        }
    }
}
