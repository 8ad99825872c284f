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
 * A value of a custom field ({@code ICustomFieldValue}), such as one cost centre.
 *
 * <p>Immutable. Fields Payhawk sends that this SDK version does not know are kept in
 * {@link #additionalProperties()}; build one for a test with {@link #builder()}.
 */
@JsonDeserialize(builder = CustomFieldValue.Builder.class)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE, isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public final class CustomFieldValue {

    private final String id;
    private final String label;
    private final String externalId;
    @JsonIgnore
    private final Map<String, JsonNode> additionalProperties;

    private CustomFieldValue(Builder builder) {
        this.id = builder.id;
        this.label = builder.label;
        this.externalId = builder.externalId;
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

    /** {@return unique identifier of the custom field value} */
    public String id() {
        return id;
    }

    /** {@return label of the custom field value} */
    public String label() {
        return label;
    }

    /** {@return unique identifier of the value in the external system; null if none} */
    public String externalId() {
        return externalId;
    }

    /** Fields of the JSON object this SDK version has no accessor for, by name; empty if none. Immutable. */
    @JsonAnyGetter
    public Map<String, JsonNode> additionalProperties() {
        return additionalProperties;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof CustomFieldValue that
                && Objects.equals(id, that.id) && Objects.equals(label, that.label) && Objects.equals(externalId, that.externalId)
                && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, label, externalId, additionalProperties);
    }

    @Override
    public String toString() {
        return "CustomFieldValue{id=" + id + ", label=" + label + ", externalId=" + externalId
                + ", additionalProperties=" + additionalProperties + '}';
    }

    /** Builds {@link CustomFieldValue} objects; not thread-safe. Unset fields stay null. */
    // Jackson reads JSON into the builder's fields: a reflective setter call per property would cost more.
    @JsonPOJOBuilder(withPrefix = "")
    @JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, setterVisibility = JsonAutoDetect.Visibility.NONE)
    public static final class Builder {
        private String id;
        private String label;
        private String externalId;
        /** Null until the first additional property: most objects have none. */
        @JsonIgnore
        private Map<String, JsonNode> additionalProperties;

        private Builder() {
        }

        private Builder(CustomFieldValue source) {
            this.id = source.id;
            this.label = source.label;
            this.externalId = source.externalId;
            this.additionalProperties = source.additionalProperties.isEmpty() ? null
                    : new LinkedHashMap<>(source.additionalProperties);
        }

        /** Sets {@link CustomFieldValue#id()}: unique identifier of the custom field value. */
        public Builder id(String value) {
            this.id = value;
            return this;
        }

        /** Sets {@link CustomFieldValue#label()}: label of the custom field value. */
        public Builder label(String value) {
            this.label = value;
            return this;
        }

        /** Sets {@link CustomFieldValue#externalId()}: unique identifier of the value in the external system; null if none. */
        public Builder externalId(String value) {
            this.externalId = value;
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

        /** The {@link CustomFieldValue}. */
        public CustomFieldValue build() {
            return new CustomFieldValue(this);
        }
    }
}
