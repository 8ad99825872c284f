package io.github.payhawk4j.model.customfield;

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
 * A custom field of an account ({@code ICustomField}), such as "Cost centre" or "Project"; its values are
 * listed by {@code client.customFields().values(id)}.
 *
 * <p>Immutable. Fields Payhawk sends that this SDK version does not know are kept in
 * {@link #additionalProperties()}; build one for a test with {@link #builder()}.
 */
@JsonDeserialize(builder = CustomField.Builder.class)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE, isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public final class CustomField {

    private final String label;
    private final Boolean isRequired;
    private final String description;
    private final String id;
    private final String externalId;
    private final String externalSource;
    @JsonIgnore
    private final Map<String, JsonNode> additionalProperties;

    private CustomField(Builder builder) {
        this.label = builder.label;
        this.isRequired = builder.isRequired;
        this.description = builder.description;
        this.id = builder.id;
        this.externalId = builder.externalId;
        this.externalSource = builder.externalSource;
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

    /** {@return whether the custom field is always required; null if not sent} */
    public Boolean isRequired() {
        return isRequired;
    }

    /** {@return description of the custom field} */
    public String description() {
        return description;
    }

    /** {@return unique identifier of the custom field} */
    public String id() {
        return id;
    }

    /** {@return unique identifier of the custom field in the external system; null if none} */
    public String externalId() {
        return externalId;
    }

    /** {@return identifier of the external system the field originates from} */
    public String externalSource() {
        return externalSource;
    }

    /** Fields of the JSON object this SDK version has no accessor for, by name; empty if none. Immutable. */
    @JsonAnyGetter
    public Map<String, JsonNode> additionalProperties() {
        return additionalProperties;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof CustomField that
                && Objects.equals(label, that.label) && Objects.equals(isRequired, that.isRequired) && Objects.equals(description, that.description) && Objects.equals(id, that.id) && Objects.equals(externalId, that.externalId) && Objects.equals(externalSource, that.externalSource)
                && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(label, isRequired, description, id, externalId, externalSource, additionalProperties);
    }

    @Override
    public String toString() {
        return "CustomField{label=" + label + ", isRequired=" + isRequired + ", description=" + description + ", id=" + id + ", externalId=" + externalId + ", externalSource=" + externalSource
                + ", additionalProperties=" + additionalProperties + '}';
    }

    /** Builds {@link CustomField} objects; not thread-safe. Unset fields stay null. */
    // Jackson reads JSON into the builder's fields: a reflective setter call per property would cost more.
    @JsonPOJOBuilder(withPrefix = "")
    @JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, setterVisibility = JsonAutoDetect.Visibility.NONE)
    public static final class Builder {
        private String label;
        private Boolean isRequired;
        private String description;
        private String id;
        private String externalId;
        private String externalSource;
        /** Null until the first additional property: most objects have none. */
        @JsonIgnore
        private Map<String, JsonNode> additionalProperties;

        private Builder() {
        }

        private Builder(CustomField source) {
            this.label = source.label;
            this.isRequired = source.isRequired;
            this.description = source.description;
            this.id = source.id;
            this.externalId = source.externalId;
            this.externalSource = source.externalSource;
            this.additionalProperties = source.additionalProperties.isEmpty() ? null
                    : new LinkedHashMap<>(source.additionalProperties);
        }

        /** Sets {@link CustomField#label()}: label of the custom field. */
        public Builder label(String value) {
            this.label = value;
            return this;
        }

        /** Sets {@link CustomField#isRequired()}: whether the custom field is always required; null if not sent. */
        public Builder isRequired(Boolean value) {
            this.isRequired = value;
            return this;
        }

        /** Sets {@link CustomField#description()}: description of the custom field. */
        public Builder description(String value) {
            this.description = value;
            return this;
        }

        /** Sets {@link CustomField#id()}: unique identifier of the custom field. */
        public Builder id(String value) {
            this.id = value;
            return this;
        }

        /** Sets {@link CustomField#externalId()}: unique identifier of the custom field in the external system; null if none. */
        public Builder externalId(String value) {
            this.externalId = value;
            return this;
        }

        /** Sets {@link CustomField#externalSource()}: identifier of the external system the field originates from. */
        public Builder externalSource(String value) {
            this.externalSource = value;
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

        /** The {@link CustomField}. */
        public CustomField build() {
            return new CustomField(this);
        }
    }
}
