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
import java.util.Map;
import java.util.Objects;

/**
 * A team's name, external id and parent, the body of {@code POST .../teams} (a new team) and
 * {@code PATCH .../teams/{teamId}} (a partial update) ({@code ITeamPatch}).
 *
 * <p>In an update a null field is not sent and leaves that part of the team unchanged; to remove the external id
 * or the parent (making the team top-level), use {@link Builder#clearExternalId()} or
 * {@link Builder#clearParentId()}, which send the field as JSON {@code null}. Immutable.
 */
@JsonDeserialize(builder = TeamPatch.Builder.class)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE, isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public final class TeamPatch {

    private static final String EXTERNAL_ID = "externalId";
    private static final String PARENT_ID = "parentId";

    private final String name;
    private final String externalId;
    private final String parentId;
    @JsonIgnore
    private final Map<String, JsonNode> additionalProperties;

    private TeamPatch(Builder builder) {
        this.name = builder.name;
        this.externalId = builder.externalId;
        this.parentId = builder.parentId;
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

    /** {@return name of the team; null leaves it unchanged (a new team needs one)} */
    public String name() {
        return name;
    }

    /** {@return identifier of the team in the external system; null leaves it unchanged} */
    public String externalId() {
        return externalId;
    }

    /** {@return identifier of the parent team; null leaves it unchanged} */
    public String parentId() {
        return parentId;
    }

    /**
     * Fields sent besides the ones above, by name, including {@code externalId} or {@code parentId} as JSON null
     * when the builder cleared them; empty if none. Immutable.
     */
    @JsonAnyGetter
    public Map<String, JsonNode> additionalProperties() {
        return additionalProperties;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof TeamPatch that
                && Objects.equals(name, that.name) && Objects.equals(externalId, that.externalId)
                && Objects.equals(parentId, that.parentId)
                && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, externalId, parentId, additionalProperties);
    }

    @Override
    public String toString() {
        return "TeamPatch{name=" + name + ", externalId=" + externalId + ", parentId=" + parentId
                + ", additionalProperties=" + additionalProperties + '}';
    }

    /** Builds {@link TeamPatch} objects; not thread-safe. Unset fields stay null and are not sent. */
    // Jackson reads JSON into the builder's fields: a reflective setter call per property would cost more.
    @JsonPOJOBuilder(withPrefix = "")
    @JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, setterVisibility = JsonAutoDetect.Visibility.NONE)
    public static final class Builder {
        private String name;
        private String externalId;
        private String parentId;
        /** Null until the first additional property: most objects have none. */
        @JsonIgnore
        private Map<String, JsonNode> additionalProperties;

        private Builder() {
        }

        private Builder(TeamPatch source) {
            this.name = source.name;
            this.externalId = source.externalId;
            this.parentId = source.parentId;
            this.additionalProperties = source.additionalProperties.isEmpty() ? null
                    : new LinkedHashMap<>(source.additionalProperties);
        }

        /** Sets {@link TeamPatch#name()}: name of the team. */
        public Builder name(String value) {
            this.name = value;
            return this;
        }

        /** Sets {@link TeamPatch#externalId()}: identifier of the team in the external system. */
        public Builder externalId(String value) {
            this.externalId = value;
            forget(EXTERNAL_ID);
            return this;
        }

        /** Sets {@link TeamPatch#parentId()}: identifier of the parent team. */
        public Builder parentId(String value) {
            this.parentId = value;
            forget(PARENT_ID);
            return this;
        }

        /** Sends {@code "externalId": null}, removing the team's external id. */
        public Builder clearExternalId() {
            this.externalId = null;
            return putAdditionalProperty(EXTERNAL_ID, NullNode.getInstance());
        }

        /** Sends {@code "parentId": null}, making the team a top-level team. */
        public Builder clearParentId() {
            this.parentId = null;
            return putAdditionalProperty(PARENT_ID, NullNode.getInstance());
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

        private void forget(String property) {
            if (additionalProperties != null) {
                additionalProperties.remove(property);
            }
        }

        /** The {@link TeamPatch}. */
        public TeamPatch build() {
            return new TeamPatch(this);
        }
    }
}
