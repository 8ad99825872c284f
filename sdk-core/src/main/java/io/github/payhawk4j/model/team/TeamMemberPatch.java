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
 * The new roles of a team member, the body of {@code PATCH .../teams/{teamId}/members/{memberId}}
 * ({@code ITeamMemberPatch}).
 *
 * <p>Immutable; at least one role is required, as the API requires it. The roles replace the member's current ones.
 */
@JsonDeserialize(builder = TeamMemberPatch.Builder.class)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE, isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public final class TeamMemberPatch {

    private final List<TeamMemberRole> roles;
    @JsonIgnore
    private final Map<String, JsonNode> additionalProperties;

    private TeamMemberPatch(Builder builder) {
        this.roles = requireRoles(builder.roles);
        this.additionalProperties = builder.additionalProperties == null ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(builder.additionalProperties));
    }

    /** A patch giving the member exactly {@code roles} (at least one). */
    public static TeamMemberPatch of(TeamMemberRole... roles) {
        return builder().roles(List.of(roles)).build();
    }

    /** A builder with nothing set. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this object's values, to build a changed copy. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** {@return the roles the member has in the team after the update; at least one} */
    public List<TeamMemberRole> roles() {
        return roles;
    }

    /** Fields of the JSON object this SDK version has no accessor for, by name; empty if none. Immutable. */
    @JsonAnyGetter
    public Map<String, JsonNode> additionalProperties() {
        return additionalProperties;
    }

    /** Payhawk requires at least one role ({@code minItems: 1}): refused here, before anything is sent. */
    static List<TeamMemberRole> requireRoles(List<TeamMemberRole> roles) {
        List<TeamMemberRole> copy = List.copyOf(Objects.requireNonNull(roles, "roles"));
        if (copy.isEmpty()) {
            throw new IllegalStateException("roles must hold at least one role (employee or manager)");
        }
        return copy;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof TeamMemberPatch that && roles.equals(that.roles)
                && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(roles, additionalProperties);
    }

    @Override
    public String toString() {
        return "TeamMemberPatch{roles=" + roles + ", additionalProperties=" + additionalProperties + '}';
    }

    /** Builds {@link TeamMemberPatch} objects; not thread-safe. */
    // Jackson reads JSON into the builder's fields: a reflective setter call per property would cost more.
    @JsonPOJOBuilder(withPrefix = "")
    @JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, setterVisibility = JsonAutoDetect.Visibility.NONE)
    public static final class Builder {
        private List<TeamMemberRole> roles;
        /** Null until the first additional property: most objects have none. */
        @JsonIgnore
        private Map<String, JsonNode> additionalProperties;

        private Builder() {
        }

        private Builder(TeamMemberPatch source) {
            this.roles = source.roles;
            this.additionalProperties = source.additionalProperties.isEmpty() ? null
                    : new LinkedHashMap<>(source.additionalProperties);
        }

        /** Sets {@link TeamMemberPatch#roles()}: the roles the member has after the update (at least one). */
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
         * The {@link TeamMemberPatch}.
         *
         * @throws NullPointerException  if the roles were not set, or a role is null
         * @throws IllegalStateException if the roles are empty: Payhawk requires at least one
         */
        public TeamMemberPatch build() {
            return new TeamMemberPatch(this);
        }
    }
}
