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
 * A team of an account or of a group ({@code ITeam}): its name, its place in the team hierarchy and the id the
 * ERP knows it by.
 *
 * <p>Immutable. Fields Payhawk sends that this SDK version does not know are kept in
 * {@link #additionalProperties()}; build one for a test with {@link #builder()}.
 */
@JsonDeserialize(builder = Team.Builder.class)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE, isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public final class Team {

    private final String id;
    private final String name;
    private final String hierarchy;
    private final String externalId;
    private final String parentId;
    @JsonIgnore
    private final Map<String, JsonNode> additionalProperties;

    private Team(Builder builder) {
        this.id = builder.id;
        this.name = builder.name;
        this.hierarchy = builder.hierarchy;
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

    /** {@return unique identifier of the team} */
    public String id() {
        return id;
    }

    /** {@return name of the team} */
    public String name() {
        return name;
    }

    /** {@return full name of the team, including the names of its parent teams} */
    public String hierarchy() {
        return hierarchy;
    }

    /** {@return identifier of the team in the external system, or null} */
    public String externalId() {
        return externalId;
    }

    /** {@return identifier of the parent team, or null for a top-level team} */
    public String parentId() {
        return parentId;
    }

    /** Fields of the JSON object this SDK version has no accessor for, by name; empty if none. Immutable. */
    @JsonAnyGetter
    public Map<String, JsonNode> additionalProperties() {
        return additionalProperties;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Team that
                && Objects.equals(id, that.id) && Objects.equals(name, that.name)
                && Objects.equals(hierarchy, that.hierarchy) && Objects.equals(externalId, that.externalId)
                && Objects.equals(parentId, that.parentId)
                && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, name, hierarchy, externalId, parentId, additionalProperties);
    }

    @Override
    public String toString() {
        return "Team{id=" + id + ", name=" + name + ", hierarchy=" + hierarchy + ", externalId=" + externalId
                + ", parentId=" + parentId + ", additionalProperties=" + additionalProperties + '}';
    }

    /** Builds {@link Team} objects; not thread-safe. Unset fields stay null. */
    // Jackson reads JSON into the builder's fields: a reflective setter call per property would cost more.
    @JsonPOJOBuilder(withPrefix = "")
    @JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, setterVisibility = JsonAutoDetect.Visibility.NONE)
    public static final class Builder {
        private String id;
        private String name;
        private String hierarchy;
        private String externalId;
        private String parentId;
        /** Null until the first additional property: most objects have none. */
        @JsonIgnore
        private Map<String, JsonNode> additionalProperties;

        private Builder() {
        }

        private Builder(Team source) {
            this.id = source.id;
            this.name = source.name;
            this.hierarchy = source.hierarchy;
            this.externalId = source.externalId;
            this.parentId = source.parentId;
            this.additionalProperties = source.additionalProperties.isEmpty() ? null
                    : new LinkedHashMap<>(source.additionalProperties);
        }

        /** Sets {@link Team#id()}: unique identifier of the team. */
        public Builder id(String value) {
            this.id = value;
            return this;
        }

        /** Sets {@link Team#name()}: name of the team. */
        public Builder name(String value) {
            this.name = value;
            return this;
        }

        /** Sets {@link Team#hierarchy()}: full name of the team, including the names of its parent teams. */
        public Builder hierarchy(String value) {
            this.hierarchy = value;
            return this;
        }

        /** Sets {@link Team#externalId()}: identifier of the team in the external system. */
        public Builder externalId(String value) {
            this.externalId = value;
            return this;
        }

        /** Sets {@link Team#parentId()}: identifier of the parent team. */
        public Builder parentId(String value) {
            this.parentId = value;
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

        /** The {@link Team}. */
        public Team build() {
            return new Team(this);
        }
    }
}
