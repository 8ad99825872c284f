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
import java.util.Map;
import java.util.Objects;

/**
 * One value selected from a custom field's predefined list ({@code ICustomFieldDataValue}).
 *
 * <p>Immutable. Fields Payhawk sends that this SDK version does not know are kept in
 * {@link #additionalProperties()}; build one for a test with {@link #builder()}.
 */
@JsonDeserialize(builder = CustomFieldDataValue.Builder.class)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE, isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public final class CustomFieldDataValue {

    private final String id;
    private final String label;
    private final String externalId;
    private final String owner;
    private final String parentId;
    private final String childId;
    @JsonIgnore
    private final Map<String, JsonNode> additionalProperties;

    private CustomFieldDataValue(Builder builder) {
        this.id = builder.id;
        this.label = builder.label;
        this.externalId = builder.externalId;
        this.owner = builder.owner;
        this.parentId = builder.parentId;
        this.childId = builder.childId;
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

    /** {@return unique identifier of the custom field value in the external system} */
    public String externalId() {
        return externalId;
    }

    /** {@return owner of the custom field value} */
    public String owner() {
        return owner;
    }

    /** {@return unique identifier of a parent custom field value} */
    public String parentId() {
        return parentId;
    }

    /** {@return unique identifier of a child custom field value} */
    public String childId() {
        return childId;
    }

    /** Fields of the JSON object this SDK version has no accessor for, by name; empty if none. Immutable. */
    @JsonAnyGetter
    public Map<String, JsonNode> additionalProperties() {
        return additionalProperties;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof CustomFieldDataValue that && Objects.equals(id, that.id)
                && Objects.equals(label, that.label) && Objects.equals(externalId, that.externalId)
                && Objects.equals(owner, that.owner) && Objects.equals(parentId, that.parentId)
                && Objects.equals(childId, that.childId)
                && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, label, externalId, owner, parentId, childId, additionalProperties);
    }

    @Override
    public String toString() {
        return "CustomFieldDataValue{id=" + id + ", label=" + label + ", externalId=" + externalId + ", owner=" + owner
                + ", parentId=" + parentId + ", childId=" + childId
                + ", additionalProperties=" + additionalProperties + '}';
    }

    /** Builds {@link CustomFieldDataValue} objects; not thread-safe. Unset fields stay null (lists empty). */
    // Jackson reads JSON into the builder's fields: a reflective setter call per property would cost more.
    @JsonPOJOBuilder(withPrefix = "")
    @JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, setterVisibility = JsonAutoDetect.Visibility.NONE)
    public static final class Builder {
        private String id;
        private String label;
        private String externalId;
        private String owner;
        private String parentId;
        private String childId;
        /** Null until the first additional property: most objects have none. */
        @JsonIgnore
        private Map<String, JsonNode> additionalProperties;

        private Builder() {
        }

        private Builder(CustomFieldDataValue source) {
            this.id = source.id;
            this.label = source.label;
            this.externalId = source.externalId;
            this.owner = source.owner;
            this.parentId = source.parentId;
            this.childId = source.childId;
            this.additionalProperties = source.additionalProperties.isEmpty() ? null
                    : new LinkedHashMap<>(source.additionalProperties);
        }

        /** Sets {@link CustomFieldDataValue#id()}: unique identifier of the custom field value. */
        public Builder id(String value) {
            this.id = value;
            return this;
        }

        /** Sets {@link CustomFieldDataValue#label()}: label of the custom field value. */
        public Builder label(String value) {
            this.label = value;
            return this;
        }

        /**
         * Sets {@link CustomFieldDataValue#externalId()}: unique identifier of the custom field value in the external
         * system.
         */
        public Builder externalId(String value) {
            this.externalId = value;
            return this;
        }

        /** Sets {@link CustomFieldDataValue#owner()}: owner of the custom field value. */
        public Builder owner(String value) {
            this.owner = value;
            return this;
        }

        /** Sets {@link CustomFieldDataValue#parentId()}: unique identifier of a parent custom field value. */
        public Builder parentId(String value) {
            this.parentId = value;
            return this;
        }

        /** Sets {@link CustomFieldDataValue#childId()}: unique identifier of a child custom field value. */
        public Builder childId(String value) {
            this.childId = value;
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

        /** The {@link CustomFieldDataValue}. */
        public CustomFieldDataValue build() {
            return new CustomFieldDataValue(this);
        }
    }
}
