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
 * A user to invite to an account ({@code INewAccountUser}).
 *
 * <p>Immutable. {@link Builder#build()} refuses a missing required field ({@code email}, {@code role}) before anything is sent.
 * Fields this SDK version has no setter for can be sent with {@link Builder#putAdditionalProperty}.
 */
@JsonDeserialize(builder = NewAccountUser.Builder.class)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE, isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public final class NewAccountUser {

    private final String email;
    private final AccountUserRole role;
    private final String firstName;
    private final String lastName;
    @JsonIgnore
    private final Map<String, JsonNode> additionalProperties;

    private NewAccountUser(Builder builder) {
        this.email = Objects.requireNonNull(builder.email, "email is required");
        this.role = Objects.requireNonNull(builder.role, "role is required");
        this.firstName = builder.firstName;
        this.lastName = builder.lastName;
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

    /** {@return email of the user to invite} */
    public String email() {
        return email;
    }

    /** {@return role of the user} */
    public AccountUserRole role() {
        return role;
    }

    /** {@return first name of the user} */
    public String firstName() {
        return firstName;
    }

    /** {@return last name of the user} */
    public String lastName() {
        return lastName;
    }

    /** Fields of the JSON object this SDK version has no accessor for, by name; empty if none. Immutable. */
    @JsonAnyGetter
    public Map<String, JsonNode> additionalProperties() {
        return additionalProperties;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof NewAccountUser that
                && Objects.equals(email, that.email)
                && Objects.equals(role, that.role)
                && Objects.equals(firstName, that.firstName)
                && Objects.equals(lastName, that.lastName)
                && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(email, role, firstName, lastName, additionalProperties);
    }

    @Override
    public String toString() {
        return "NewAccountUser{email=" + email
                + ", role=" + role
                + ", firstName=" + firstName
                + ", lastName=" + lastName
                + ", additionalProperties=" + additionalProperties + '}';
    }

    /** Builds {@link NewAccountUser} objects; not thread-safe. Unset fields stay null (lists empty). */
    // Jackson reads JSON into the builder's fields: a reflective setter call per property would cost more.
    @JsonPOJOBuilder(withPrefix = "")
    @JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, setterVisibility = JsonAutoDetect.Visibility.NONE)
    public static final class Builder {
        private String email;
        private AccountUserRole role;
        private String firstName;
        private String lastName;
        /** Null until the first additional property: most objects have none. */
        @JsonIgnore
        private Map<String, JsonNode> additionalProperties;

        private Builder() {
        }

        private Builder(NewAccountUser source) {
            this.email = source.email;
            this.role = source.role;
            this.firstName = source.firstName;
            this.lastName = source.lastName;
            this.additionalProperties = source.additionalProperties.isEmpty() ? null
                    : new LinkedHashMap<>(source.additionalProperties);
        }

        /** Sets {@link NewAccountUser#email()}: email of the user to invite (required). */
        public Builder email(String value) {
            this.email = value;
            return this;
        }

        /** Sets {@link NewAccountUser#role()}: role of the user (required). */
        public Builder role(AccountUserRole value) {
            this.role = value;
            return this;
        }

        /** Sets {@link NewAccountUser#firstName()}: first name of the user. */
        public Builder firstName(String value) {
            this.firstName = value;
            return this;
        }

        /** Sets {@link NewAccountUser#lastName()}: last name of the user. */
        public Builder lastName(String value) {
            this.lastName = value;
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
         * The {@link NewAccountUser}.
         *
         * @throws NullPointerException naming the first required field that is not set
         */
        public NewAccountUser build() {
            return new NewAccountUser(this);
        }
    }
}
