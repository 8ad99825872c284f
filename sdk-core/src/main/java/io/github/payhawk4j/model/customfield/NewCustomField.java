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
 * A custom field to create, or the new state of one to update: the body of {@code POST /custom-fields} and
 * {@code PATCH /custom-fields/{customFieldId}} ({@code INewCustomField}).
 *
 * <p>Immutable. {@link Builder#build()} refuses a missing {@code label}, as the API requires it, before
 * anything is sent.
 */
@JsonDeserialize(builder = NewCustomField.Builder.class)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE, isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public final class NewCustomField {

    private final String label;
    private final Boolean isRequired;
    private final String description;
    private final String externalId;
    private final String externalSource;
    @JsonIgnore
    private final Map<String, JsonNode> additionalProperties;

    private NewCustomField(Builder builder) {
        this.label = Objects.requireNonNull(builder.label, "label");
        this.isRequired = builder.isRequired;
        this.description = builder.description;
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

    /** {@return whether the custom field is always required} */
    public Boolean isRequired() {
        return isRequired;
    }

    /** {@return description of the custom field} */
    public String description() {
        return description;
    }

    /** {@return unique identifier of the custom field in the external system} */
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
        return this == other || other instanceof NewCustomField that
                && Objects.equals(label, that.label) && Objects.equals(isRequired, that.isRequired) && Objects.equals(description, that.description) && Objects.equals(externalId, that.externalId) && Objects.equals(externalSource, that.externalSource)
                && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(label, isRequired, description, externalId, externalSource, additionalProperties);
    }

    @Override
    public String toString() {
        return "NewCustomField{label=" + label + ", isRequired=" + isRequired + ", description=" + description + ", externalId=" + externalId + ", externalSource=" + externalSource
                + ", additionalProperties=" + additionalProperties + '}';
    }

    /** Builds {@link NewCustomField} objects; not thread-safe. Unset fields stay null. */
    // Jackson reads JSON into the builder's fields: a reflective setter call per property would cost more.
    @JsonPOJOBuilder(withPrefix = "")
    @JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, setterVisibility = JsonAutoDetect.Visibility.NONE)
    public static final class Builder {
        private String label;
        private Boolean isRequired;
        private String description;
        private String externalId;
        private String externalSource;
        /** Null until the first additional property: most objects have none. */
        @JsonIgnore
        private Map<String, JsonNode> additionalProperties;

        private Builder() {
        }

        private Builder(NewCustomField source) {
            this.label = source.label;
            this.isRequired = source.isRequired;
            this.description = source.description;
            this.externalId = source.externalId;
            this.externalSource = source.externalSource;
            this.additionalProperties = source.additionalProperties.isEmpty() ? null
                    : new LinkedHashMap<>(source.additionalProperties);
        }

        /** Sets {@link NewCustomField#label()}: label of the custom field. */
        public Builder label(String value) {
            this.label = value;
            return this;
        }

        /** Sets {@link NewCustomField#isRequired()}: whether the custom field is always required. */
        public Builder isRequired(Boolean value) {
            this.isRequired = value;
            return this;
        }

        /** Sets {@link NewCustomField#description()}: description of the custom field. */
        public Builder description(String value) {
            this.description = value;
            return this;
        }

        /** Sets {@link NewCustomField#externalId()}: unique identifier of the custom field in the external system. */
        public Builder externalId(String value) {
            this.externalId = value;
            return this;
        }

        /** Sets {@link NewCustomField#externalSource()}: identifier of the external system the field originates from. */
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

        /**
         * The {@link NewCustomField}.
         *
         * @throws NullPointerException if {@code label} was not set
         */
        public NewCustomField build() {
            return new NewCustomField(this);
        }
    }
}
