package io.github.payhawk4j.model.user;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import com.fasterxml.jackson.databind.node.NullNode;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A user belonging to an account ({@code IAccountUser}).
 *
 * <p>Immutable. Fields Payhawk sends that this SDK version does not know are kept in
 * {@link #additionalProperties()}; build one for a test with {@link #builder()}.
 */
@JsonDeserialize(builder = AccountUser.Builder.class)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE, isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public final class AccountUser {

    private final String id;
    private final String email;
    private final AccountUserRole role;
    private final String firstName;
    private final String lastName;
    private final Instant createdAt;
    private final String externalId;
    @JsonIgnore
    private final Map<String, JsonNode> additionalProperties;

    private AccountUser(Builder builder) {
        this.id = builder.id;
        this.email = builder.email;
        this.role = builder.role;
        this.firstName = builder.firstName;
        this.lastName = builder.lastName;
        this.createdAt = builder.createdAt;
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

    /** {@return unique identifier of the account user} */
    public String id() {
        return id;
    }

    /** {@return email of the account user} */
    public String email() {
        return email;
    }

    /** {@return role of the user} */
    public AccountUserRole role() {
        return role;
    }

    /** {@return first name of the account user} */
    public String firstName() {
        return firstName;
    }

    /** {@return last name of the account user} */
    public String lastName() {
        return lastName;
    }

    /** {@return when the account user was created} */
    public Instant createdAt() {
        return createdAt;
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
        return this == other || other instanceof AccountUser that
                && Objects.equals(id, that.id)
                && Objects.equals(email, that.email)
                && Objects.equals(role, that.role)
                && Objects.equals(firstName, that.firstName)
                && Objects.equals(lastName, that.lastName)
                && Objects.equals(createdAt, that.createdAt)
                && Objects.equals(externalId, that.externalId)
                && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, email, role, firstName, lastName, createdAt, externalId, additionalProperties);
    }

    @Override
    public String toString() {
        return "AccountUser{id=" + id
                + ", email=" + email
                + ", role=" + role
                + ", firstName=" + firstName
                + ", lastName=" + lastName
                + ", createdAt=" + createdAt
                + ", externalId=" + externalId
                + ", additionalProperties=" + additionalProperties + '}';
    }

    /** Builds {@link AccountUser} objects; not thread-safe. Unset fields stay null (lists empty). */
    // Jackson reads JSON into the builder's fields: a reflective setter call per property would cost more.
    @JsonPOJOBuilder(withPrefix = "")
    @JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, setterVisibility = JsonAutoDetect.Visibility.NONE)
    public static final class Builder {
        private String id;
        private String email;
        private AccountUserRole role;
        private String firstName;
        private String lastName;
        private Instant createdAt;
        private String externalId;
        /** Null until the first additional property: most objects have none. */
        @JsonIgnore
        private Map<String, JsonNode> additionalProperties;

        private Builder() {
        }

        private Builder(AccountUser source) {
            this.id = source.id;
            this.email = source.email;
            this.role = source.role;
            this.firstName = source.firstName;
            this.lastName = source.lastName;
            this.createdAt = source.createdAt;
            this.externalId = source.externalId;
            this.additionalProperties = source.additionalProperties.isEmpty() ? null
                    : new LinkedHashMap<>(source.additionalProperties);
        }

        /** Sets {@link AccountUser#id()}: unique identifier of the account user. */
        public Builder id(String value) {
            this.id = value;
            return this;
        }

        /** Sets {@link AccountUser#email()}: email of the account user. */
        public Builder email(String value) {
            this.email = value;
            return this;
        }

        /** Sets {@link AccountUser#role()}: role of the user. */
        public Builder role(AccountUserRole value) {
            this.role = value;
            return this;
        }

        /** Sets {@link AccountUser#firstName()}: first name of the account user. */
        public Builder firstName(String value) {
            this.firstName = value;
            return this;
        }

        /** Sets {@link AccountUser#lastName()}: last name of the account user. */
        public Builder lastName(String value) {
            this.lastName = value;
            return this;
        }

        /** Sets {@link AccountUser#createdAt()}: when the account user was created. */
        public Builder createdAt(Instant value) {
            this.createdAt = value;
            return this;
        }

        /** Sets {@link AccountUser#externalId()}: identifier of the account user in the external system. */
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

        /** The {@link AccountUser}. */
        public AccountUser build() {
            return new AccountUser(this);
        }
    }
}
