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
 * A manager of a custom field value ({@code ICustomFieldValueManager}): a Payhawk user who approves for it.
 *
 * <p>Immutable. Fields Payhawk sends that this SDK version does not know are kept in
 * {@link #additionalProperties()}; build one for a test with {@link #builder()}.
 */
@JsonDeserialize(builder = CustomFieldValueManager.Builder.class)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE, isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public final class CustomFieldValueManager {

    private final String userId;
    private final String email;
    @JsonIgnore
    private final Map<String, JsonNode> additionalProperties;

    private CustomFieldValueManager(Builder builder) {
        this.userId = builder.userId;
        this.email = builder.email;
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

    /** {@return user id in Payhawk} */
    public String userId() {
        return userId;
    }

    /** {@return user email address in Payhawk} */
    public String email() {
        return email;
    }

    /** Fields of the JSON object this SDK version has no accessor for, by name; empty if none. Immutable. */
    @JsonAnyGetter
    public Map<String, JsonNode> additionalProperties() {
        return additionalProperties;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof CustomFieldValueManager that
                && Objects.equals(userId, that.userId) && Objects.equals(email, that.email)
                && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(userId, email, additionalProperties);
    }

    @Override
    public String toString() {
        return "CustomFieldValueManager{userId=" + userId + ", email=" + email
                + ", additionalProperties=" + additionalProperties + '}';
    }

    /** Builds {@link CustomFieldValueManager} objects; not thread-safe. Unset fields stay null. */
    // Jackson reads JSON into the builder's fields: a reflective setter call per property would cost more.
    @JsonPOJOBuilder(withPrefix = "")
    @JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, setterVisibility = JsonAutoDetect.Visibility.NONE)
    public static final class Builder {
        private String userId;
        private String email;
        /** Null until the first additional property: most objects have none. */
        @JsonIgnore
        private Map<String, JsonNode> additionalProperties;

        private Builder() {
        }

        private Builder(CustomFieldValueManager source) {
            this.userId = source.userId;
            this.email = source.email;
            this.additionalProperties = source.additionalProperties.isEmpty() ? null
                    : new LinkedHashMap<>(source.additionalProperties);
        }

        /** Sets {@link CustomFieldValueManager#userId()}: user id in Payhawk. */
        public Builder userId(String value) {
            this.userId = value;
            return this;
        }

        /** Sets {@link CustomFieldValueManager#email()}: user email address in Payhawk. */
        public Builder email(String value) {
            this.email = value;
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

        /** The {@link CustomFieldValueManager}. */
        public CustomFieldValueManager build() {
            return new CustomFieldValueManager(this);
        }
    }
}
