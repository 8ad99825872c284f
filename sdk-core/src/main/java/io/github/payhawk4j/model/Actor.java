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
 * A Payhawk user who acted on an object, e.g. created, reviewed or approved an expense ({@code IActor}).
 *
 * <p>Immutable. Fields Payhawk sends that this SDK version does not know are kept in
 * {@link #additionalProperties()}; build one for a test with {@link #builder()}.
 */
@JsonDeserialize(builder = Actor.Builder.class)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE, isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public final class Actor {

    private final String id;
    private final String email;
    private final String firstName;
    private final String lastName;
    private final String externalId;
    @JsonIgnore
    private final Map<String, JsonNode> additionalProperties;

    private Actor(Builder builder) {
        this.id = builder.id;
        this.email = builder.email;
        this.firstName = builder.firstName;
        this.lastName = builder.lastName;
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

    /** {@return unique identifier of the actor user} */
    public String id() {
        return id;
    }

    /** {@return email of the actor user} */
    public String email() {
        return email;
    }

    /** {@return first name of the actor user} */
    public String firstName() {
        return firstName;
    }

    /** {@return last name of the actor user} */
    public String lastName() {
        return lastName;
    }

    /** {@return unique identifier of the account user in the external system} */
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
        return this == other || other instanceof Actor that && Objects.equals(id, that.id)
                && Objects.equals(email, that.email) && Objects.equals(firstName, that.firstName)
                && Objects.equals(lastName, that.lastName) && Objects.equals(externalId, that.externalId)
                && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, email, firstName, lastName, externalId, additionalProperties);
    }

    @Override
    public String toString() {
        return "Actor{id=" + id + ", email=" + email + ", firstName=" + firstName + ", lastName=" + lastName
                + ", externalId=" + externalId + ", additionalProperties=" + additionalProperties + '}';
    }

    /** Builds {@link Actor} objects; not thread-safe. Unset fields stay null (lists empty). */
    // Jackson reads JSON into the builder's fields: a reflective setter call per property would cost more.
    @JsonPOJOBuilder(withPrefix = "")
    @JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, setterVisibility = JsonAutoDetect.Visibility.NONE)
    public static final class Builder {
        private String id;
        private String email;
        private String firstName;
        private String lastName;
        private String externalId;
        /** Null until the first additional property: most objects have none. */
        @JsonIgnore
        private Map<String, JsonNode> additionalProperties;

        private Builder() {
        }

        private Builder(Actor source) {
            this.id = source.id;
            this.email = source.email;
            this.firstName = source.firstName;
            this.lastName = source.lastName;
            this.externalId = source.externalId;
            this.additionalProperties = source.additionalProperties.isEmpty() ? null
                    : new LinkedHashMap<>(source.additionalProperties);
        }

        /** Sets {@link Actor#id()}: unique identifier of the actor user. */
        public Builder id(String value) {
            this.id = value;
            return this;
        }

        /** Sets {@link Actor#email()}: email of the actor user. */
        public Builder email(String value) {
            this.email = value;
            return this;
        }

        /** Sets {@link Actor#firstName()}: first name of the actor user. */
        public Builder firstName(String value) {
            this.firstName = value;
            return this;
        }

        /** Sets {@link Actor#lastName()}: last name of the actor user. */
        public Builder lastName(String value) {
            this.lastName = value;
            return this;
        }

        /** Sets {@link Actor#externalId()}: unique identifier of the account user in the external system. */
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

        /** The {@link Actor}. */
        public Actor build() {
            return new Actor(this);
        }
    }
}
