package io.github.payhawk4j.model.masterdata;

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
 * A team of an external system, such as an ERP department ({@code IExternalTeam}).
 *
 * <p>Immutable. Fields Payhawk sends that this SDK version does not know are kept in
 * {@link #additionalProperties()}; build one for a test with {@link #builder()}.
 */
@JsonDeserialize(builder = ExternalTeam.Builder.class)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE, isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public final class ExternalTeam {

    private final String label;
    private final String externalId;
    private final String id;
    private final Instant createdAt;
    @JsonIgnore
    private final Map<String, JsonNode> additionalProperties;

    private ExternalTeam(Builder builder) {
        this.label = builder.label;
        this.externalId = builder.externalId;
        this.id = builder.id;
        this.createdAt = builder.createdAt;
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

    /** {@return label of the external team} */
    public String label() {
        return label;
    }

    /** {@return unique identifier of the team in the external system} */
    public String externalId() {
        return externalId;
    }

    /** {@return unique identifier of the external team in Payhawk} */
    public String id() {
        return id;
    }

    /** {@return when the external team was created} */
    public Instant createdAt() {
        return createdAt;
    }

    /** Fields of the JSON object this SDK version has no accessor for, by name; empty if none. Immutable. */
    @JsonAnyGetter
    public Map<String, JsonNode> additionalProperties() {
        return additionalProperties;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof ExternalTeam that
                && Objects.equals(label, that.label) && Objects.equals(externalId, that.externalId) && Objects.equals(id, that.id) && Objects.equals(createdAt, that.createdAt)
                && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(label, externalId, id, createdAt, additionalProperties);
    }

    @Override
    public String toString() {
        return "ExternalTeam{label=" + label + ", externalId=" + externalId + ", id=" + id + ", createdAt=" + createdAt
                + ", additionalProperties=" + additionalProperties + '}';
    }

    /** Builds {@link ExternalTeam} objects; not thread-safe. Unset fields stay null. */
    // Jackson reads JSON into the builder's fields: a reflective setter call per property would cost more.
    @JsonPOJOBuilder(withPrefix = "")
    @JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, setterVisibility = JsonAutoDetect.Visibility.NONE)
    public static final class Builder {
        private String label;
        private String externalId;
        private String id;
        private Instant createdAt;
        /** Null until the first additional property: most objects have none. */
        @JsonIgnore
        private Map<String, JsonNode> additionalProperties;

        private Builder() {
        }

        private Builder(ExternalTeam source) {
            this.label = source.label;
            this.externalId = source.externalId;
            this.id = source.id;
            this.createdAt = source.createdAt;
            this.additionalProperties = source.additionalProperties.isEmpty() ? null
                    : new LinkedHashMap<>(source.additionalProperties);
        }

        /** Sets {@link ExternalTeam#label()}: label of the external team. */
        public Builder label(String value) {
            this.label = value;
            return this;
        }

        /** Sets {@link ExternalTeam#externalId()}: unique identifier of the team in the external system. */
        public Builder externalId(String value) {
            this.externalId = value;
            return this;
        }

        /** Sets {@link ExternalTeam#id()}: unique identifier of the external team in Payhawk. */
        public Builder id(String value) {
            this.id = value;
            return this;
        }

        /** Sets {@link ExternalTeam#createdAt()}: when the external team was created. */
        public Builder createdAt(Instant value) {
            this.createdAt = value;
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

        /** The {@link ExternalTeam}. */
        public ExternalTeam build() {
            return new ExternalTeam(this);
        }
    }
}
