package io.github.payhawk4j.model.team;

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
 * A member to add to a team, the body of {@code POST .../teams/{teamId}/members} ({@code ITeamMember}).
 *
 * <p>Immutable; the member id and at least one role are required, as the API requires them.
 */
@JsonDeserialize(builder = NewTeamMember.Builder.class)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE, isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public final class NewTeamMember {

    private final String memberId;
    private final List<TeamMemberRole> roles;
    @JsonIgnore
    private final Map<String, JsonNode> additionalProperties;

    private NewTeamMember(Builder builder) {
        this.memberId = Objects.requireNonNull(builder.memberId, "memberId");
        this.roles = TeamMemberPatch.requireRoles(builder.roles);
        this.additionalProperties = builder.additionalProperties == null ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(builder.additionalProperties));
    }

    /** The user {@code memberId} with {@code roles} (at least one). */
    public static NewTeamMember of(String memberId, TeamMemberRole... roles) {
        return builder().memberId(memberId).roles(List.of(roles)).build();
    }

    /** A builder with nothing set. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this object's values, to build a changed copy. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** {@return the user id in Payhawk of the member to add} */
    public String memberId() {
        return memberId;
    }

    /** {@return the roles to grant the member in the team; at least one} */
    public List<TeamMemberRole> roles() {
        return roles;
    }

    /** Fields of the JSON object this SDK version has no accessor for, by name; empty if none. Immutable. */
    @JsonAnyGetter
    public Map<String, JsonNode> additionalProperties() {
        return additionalProperties;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof NewTeamMember that
                && memberId.equals(that.memberId) && roles.equals(that.roles)
                && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(memberId, roles, additionalProperties);
    }

    @Override
    public String toString() {
        return "NewTeamMember{memberId=" + memberId + ", roles=" + roles + ", additionalProperties=" + additionalProperties + '}';
    }

    /** Builds {@link NewTeamMember} objects; not thread-safe. */
    // Jackson reads JSON into the builder's fields: a reflective setter call per property would cost more.
    @JsonPOJOBuilder(withPrefix = "")
    @JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, setterVisibility = JsonAutoDetect.Visibility.NONE)
    public static final class Builder {
        private String memberId;
        private List<TeamMemberRole> roles;
        /** Null until the first additional property: most objects have none. */
        @JsonIgnore
        private Map<String, JsonNode> additionalProperties;

        private Builder() {
        }

        private Builder(NewTeamMember source) {
            this.memberId = source.memberId;
            this.roles = source.roles;
            this.additionalProperties = source.additionalProperties.isEmpty() ? null
                    : new LinkedHashMap<>(source.additionalProperties);
        }

        /** Sets {@link NewTeamMember#memberId()}: the user id in Payhawk of the member to add (required). */
        public Builder memberId(String value) {
            this.memberId = value;
            return this;
        }

        /** Sets {@link NewTeamMember#roles()}: the roles to grant the member in the team (at least one). */
        public Builder roles(List<TeamMemberRole> value) {
            this.roles = value;
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
         * The {@link NewTeamMember}.
         *
         * @throws NullPointerException  if the member id or the roles were not set, or a role is null
         * @throws IllegalStateException if the roles are empty: Payhawk requires at least one
         */
        public NewTeamMember build() {
            return new NewTeamMember(this);
        }
    }
}
