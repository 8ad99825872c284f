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
 * A member of a team and the roles they have in it ({@code ITeamMember}).
 *
 * <p>Immutable. Fields Payhawk sends that this SDK version does not know are kept in
 * {@link #additionalProperties()}; build one for a test with {@link #builder()}. To add a member, send a
 * {@link NewTeamMember}.
 */
@JsonDeserialize(builder = TeamMember.Builder.class)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE, isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public final class TeamMember {

    private final String memberId;
    private final List<TeamMemberRole> roles;
    @JsonIgnore
    private final Map<String, JsonNode> additionalProperties;

    private TeamMember(Builder builder) {
        this.memberId = builder.memberId;
        this.roles = builder.roles == null ? List.of() : List.copyOf(builder.roles);
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

    /** {@return the member's user id in Payhawk} */
    public String memberId() {
        return memberId;
    }

    /** {@return the roles granted to the member in this team; empty if none were sent} */
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
        return this == other || other instanceof TeamMember that
                && Objects.equals(memberId, that.memberId) && roles.equals(that.roles)
                && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(memberId, roles, additionalProperties);
    }

    @Override
    public String toString() {
        return "TeamMember{memberId=" + memberId + ", roles=" + roles + ", additionalProperties=" + additionalProperties + '}';
    }

    /** Builds {@link TeamMember} objects; not thread-safe. Unset fields stay null (lists empty). */
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

        private Builder(TeamMember source) {
            this.memberId = source.memberId;
            this.roles = source.roles;
            this.additionalProperties = source.additionalProperties.isEmpty() ? null
                    : new LinkedHashMap<>(source.additionalProperties);
        }

        /** Sets {@link TeamMember#memberId()}: the member's user id in Payhawk. */
        public Builder memberId(String value) {
            this.memberId = value;
            return this;
        }

        /** Sets {@link TeamMember#roles()}: the roles granted to the member in this team. */
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

        /** The {@link TeamMember}. */
        public TeamMember build() {
            return new TeamMember(this);
        }
    }
}
