package io.github.payhawk4j.model.masterdata;

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
 * An external team of the list {@code PUT /external-teams} replaces the account's external teams with
 * ({@code INewExternalTeam}).
 *
 * <p>Immutable. {@link Builder#build()} refuses a missing {@code label} or {@code externalId}, as the API requires them, before
 * anything is sent.
 */
@JsonDeserialize(builder = NewExternalTeam.Builder.class)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE, isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public final class NewExternalTeam {

    private final String label;
    private final String externalId;
    @JsonIgnore
    private final Map<String, JsonNode> additionalProperties;

    private NewExternalTeam(Builder builder) {
        this.label = Objects.requireNonNull(builder.label, "label");
        this.externalId = Objects.requireNonNull(builder.externalId, "externalId");
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

    /** Fields of the JSON object this SDK version has no accessor for, by name; empty if none. Immutable. */
    @JsonAnyGetter
    public Map<String, JsonNode> additionalProperties() {
        return additionalProperties;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof NewExternalTeam that
                && Objects.equals(label, that.label) && Objects.equals(externalId, that.externalId)
                && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(label, externalId, additionalProperties);
    }

    @Override
    public String toString() {
        return "NewExternalTeam{label=" + label + ", externalId=" + externalId
                + ", additionalProperties=" + additionalProperties + '}';
    }

    /** Builds {@link NewExternalTeam} objects; not thread-safe. Unset fields stay null. */
    // Jackson reads JSON into the builder's fields: a reflective setter call per property would cost more.
    @JsonPOJOBuilder(withPrefix = "")
    @JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, setterVisibility = JsonAutoDetect.Visibility.NONE)
    public static final class Builder {
        private String label;
        private String externalId;
        /** Null until the first additional property: most objects have none. */
        @JsonIgnore
        private Map<String, JsonNode> additionalProperties;

        private Builder() {
        }

        private Builder(NewExternalTeam source) {
            this.label = source.label;
            this.externalId = source.externalId;
            this.additionalProperties = source.additionalProperties.isEmpty() ? null
                    : new LinkedHashMap<>(source.additionalProperties);
        }

        /** Sets {@link NewExternalTeam#label()}: label of the external team. */
        public Builder label(String value) {
            this.label = value;
            return this;
        }

        /** Sets {@link NewExternalTeam#externalId()}: unique identifier of the team in the external system. */
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

        /**
         * The {@link NewExternalTeam}.
         *
         * @throws NullPointerException if {@code label} or {@code externalId} was not set
         */
        public NewExternalTeam build() {
            return new NewExternalTeam(this);
        }
    }
}
