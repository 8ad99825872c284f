package io.github.payhawk4j.model.user;

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
 * The fields of an account user to change; unset fields stay as they are ({@code IAccountUserPatch}).
 *
 * <p>Immutable. {@link Builder#build()} has nothing to refuse: every field is optional.
 * Fields this SDK version has no setter for can be sent with {@link Builder#putAdditionalProperty}.
 */
@JsonDeserialize(builder = AccountUserPatch.Builder.class)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE, isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public final class AccountUserPatch {

    private final AccountUserRole role;
    private final String externalId;
    @JsonIgnore
    private final Map<String, JsonNode> additionalProperties;

    private AccountUserPatch(Builder builder) {
        this.role = builder.role;
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

    /** {@return new role of the user} */
    public AccountUserRole role() {
        return role;
    }

    /** {@return identifier of the account user in the external system} */
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
        return this == other || other instanceof AccountUserPatch that
                && Objects.equals(role, that.role)
                && Objects.equals(externalId, that.externalId)
                && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(role, externalId, additionalProperties);
    }

    @Override
    public String toString() {
        return "AccountUserPatch{role=" + role
                + ", externalId=" + externalId
                + ", additionalProperties=" + additionalProperties + '}';
    }

    /** Builds {@link AccountUserPatch} objects; not thread-safe. Unset fields stay null (lists empty). */
    // Jackson reads JSON into the builder's fields: a reflective setter call per property would cost more.
    @JsonPOJOBuilder(withPrefix = "")
    @JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, setterVisibility = JsonAutoDetect.Visibility.NONE)
    public static final class Builder {
        private AccountUserRole role;
        private String externalId;
        /** Null until the first additional property: most objects have none. */
        @JsonIgnore
        private Map<String, JsonNode> additionalProperties;

        private Builder() {
        }

        private Builder(AccountUserPatch source) {
            this.role = source.role;
            this.externalId = source.externalId;
            this.additionalProperties = source.additionalProperties.isEmpty() ? null
                    : new LinkedHashMap<>(source.additionalProperties);
        }

        /** Sets {@link AccountUserPatch#role()}: new role of the user. */
        public Builder role(AccountUserRole value) {
            this.role = value;
            return this;
        }

        /** Sets {@link AccountUserPatch#externalId()}: identifier of the account user in the external system. */
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

        /** The {@link AccountUserPatch}. */
        public AccountUserPatch build() {
            return new AccountUserPatch(this);
        }
    }
}
