package io.github.payhawk4j.model;

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
 * The value of one custom field on an expense or purchase order item ({@code ICustomFieldData}).
 *
 * <p>Immutable. Fields Payhawk sends that this SDK version does not know are kept in
 * {@link #additionalProperties()}; build one for a test with {@link #builder()}.
 */
@JsonDeserialize(builder = CustomFieldData.Builder.class)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE, isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public final class CustomFieldData {

    private final String id;
    private final String label;
    private final String externalId;
    private final String externalSource;
    private final List<CustomFieldDataValue> selectedValues;
    private final String value;
    @JsonIgnore
    private final Map<String, JsonNode> additionalProperties;

    private CustomFieldData(Builder builder) {
        this.id = builder.id;
        this.label = builder.label;
        this.externalId = builder.externalId;
        this.externalSource = builder.externalSource;
        this.selectedValues = builder.selectedValues == null ? List.of() : List.copyOf(builder.selectedValues);
        this.value = builder.value;
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

    /** {@return unique identifier of the custom field} */
    public String id() {
        return id;
    }

    /** {@return label of the custom field} */
    public String label() {
        return label;
    }

    /** {@return unique identifier of the custom field in the external system} */
    public String externalId() {
        return externalId;
    }

    /** {@return unique identifier of the external system the field originates from} */
    public String externalSource() {
        return externalSource;
    }

    /** {@return the selected values from a predefined list; never null, empty if absent} */
    public List<CustomFieldDataValue> selectedValues() {
        return selectedValues;
    }

    /** {@return free text value, for text input custom fields} */
    public String value() {
        return value;
    }

    /** Fields of the JSON object this SDK version has no accessor for, by name; empty if none. Immutable. */
    @JsonAnyGetter
    public Map<String, JsonNode> additionalProperties() {
        return additionalProperties;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof CustomFieldData that && Objects.equals(id, that.id)
                && Objects.equals(label, that.label) && Objects.equals(externalId, that.externalId)
                && Objects.equals(externalSource, that.externalSource)
                && Objects.equals(selectedValues, that.selectedValues) && Objects.equals(value, that.value)
                && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, label, externalId, externalSource, selectedValues, value, additionalProperties);
    }

    @Override
    public String toString() {
        return "CustomFieldData{id=" + id + ", label=" + label + ", externalId=" + externalId
                + ", externalSource=" + externalSource + ", selectedValues=" + selectedValues
                + ", value=" + value + ", additionalProperties=" + additionalProperties + '}';
    }

    /** Builds {@link CustomFieldData} objects; not thread-safe. Unset fields stay null (lists empty). */
    // Jackson reads JSON into the builder's fields: a reflective setter call per property would cost more.
    @JsonPOJOBuilder(withPrefix = "")
    @JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, setterVisibility = JsonAutoDetect.Visibility.NONE)
    public static final class Builder {
        private String id;
        private String label;
        private String externalId;
        private String externalSource;
        private List<CustomFieldDataValue> selectedValues;
        private String value;
        /** Null until the first additional property: most objects have none. */
        @JsonIgnore
        private Map<String, JsonNode> additionalProperties;

        private Builder() {
        }

        private Builder(CustomFieldData source) {
            this.id = source.id;
            this.label = source.label;
            this.externalId = source.externalId;
            this.externalSource = source.externalSource;
            this.selectedValues = source.selectedValues;
            this.value = source.value;
            this.additionalProperties = source.additionalProperties.isEmpty() ? null
                    : new LinkedHashMap<>(source.additionalProperties);
        }

        /** Sets {@link CustomFieldData#id()}: unique identifier of the custom field. */
        public Builder id(String value) {
            this.id = value;
            return this;
        }

        /** Sets {@link CustomFieldData#label()}: label of the custom field. */
        public Builder label(String value) {
            this.label = value;
            return this;
        }

        /** Sets {@link CustomFieldData#externalId()}: unique identifier of the custom field in the external system. */
        public Builder externalId(String value) {
            this.externalId = value;
            return this;
        }

        /**
         * Sets {@link CustomFieldData#externalSource()}: unique identifier of the external system the field originates
         * from.
         */
        public Builder externalSource(String value) {
            this.externalSource = value;
            return this;
        }

        /** Sets {@link CustomFieldData#selectedValues()}: the selected values from a predefined list. */
        public Builder selectedValues(List<CustomFieldDataValue> value) {
            this.selectedValues = value;
            return this;
        }

        /** Sets {@link CustomFieldData#value()}: free text value, for text input custom fields. */
        public Builder value(String value) {
            this.value = value;
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

        /** The {@link CustomFieldData}. */
        public CustomFieldData build() {
            return new CustomFieldData(this);
        }
    }
}
