package io.github.payhawk4j.model.card;

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
 * The status to put a card in ({@code ICardStatusUpdate}).
 *
 * <p>Immutable. {@link Builder#build()} refuses a missing required field ({@code status}) before anything is sent.
 * Fields this SDK version has no setter for can be sent with {@link Builder#putAdditionalProperty}.
 */
@JsonDeserialize(builder = CardStatusUpdate.Builder.class)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE, isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public final class CardStatusUpdate {

    private final RequestedCardStatus status;
    @JsonIgnore
    private final Map<String, JsonNode> additionalProperties;

    private CardStatusUpdate(Builder builder) {
        this.status = Objects.requireNonNull(builder.status, "status is required");
        this.additionalProperties = builder.additionalProperties == null ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(builder.additionalProperties));
    }

    /** The update to {@code status}, e.g. {@code CardStatusUpdate.of(RequestedCardStatus.BLOCKED)}. */
    public static CardStatusUpdate of(RequestedCardStatus status) {
        return builder().status(status).build();
    }

    /** A builder with nothing set. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this object's values, to build a changed copy. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** {@return the requested status} */
    public RequestedCardStatus status() {
        return status;
    }

    /** Fields of the JSON object this SDK version has no accessor for, by name; empty if none. Immutable. */
    @JsonAnyGetter
    public Map<String, JsonNode> additionalProperties() {
        return additionalProperties;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof CardStatusUpdate that
                && Objects.equals(status, that.status)
                && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(status, additionalProperties);
    }

    @Override
    public String toString() {
        return "CardStatusUpdate{status=" + status
                + ", additionalProperties=" + additionalProperties + '}';
    }

    /** Builds {@link CardStatusUpdate} objects; not thread-safe. Unset fields stay null (lists empty). */
    // Jackson reads JSON into the builder's fields: a reflective setter call per property would cost more.
    @JsonPOJOBuilder(withPrefix = "")
    @JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, setterVisibility = JsonAutoDetect.Visibility.NONE)
    public static final class Builder {
        private RequestedCardStatus status;
        /** Null until the first additional property: most objects have none. */
        @JsonIgnore
        private Map<String, JsonNode> additionalProperties;

        private Builder() {
        }

        private Builder(CardStatusUpdate source) {
            this.status = source.status;
            this.additionalProperties = source.additionalProperties.isEmpty() ? null
                    : new LinkedHashMap<>(source.additionalProperties);
        }

        /** Sets {@link CardStatusUpdate#status()}: the requested status (required). */
        public Builder status(RequestedCardStatus value) {
            this.status = value;
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
         * The {@link CardStatusUpdate}.
         *
         * @throws NullPointerException naming the first required field that is not set
         */
        public CardStatusUpdate build() {
            return new CardStatusUpdate(this);
        }
    }
}
