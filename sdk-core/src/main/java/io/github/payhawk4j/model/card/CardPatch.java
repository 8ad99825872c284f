package io.github.payhawk4j.model.card;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import com.fasterxml.jackson.databind.node.NullNode;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The fields of a card to change; unset fields stay as they are ({@code ICardPatch}).
 *
 * <p>Immutable. {@link Builder#build()} refuses a negative {@code budgetLeft} before anything is sent.
 * Fields this SDK version has no setter for can be sent with {@link Builder#putAdditionalProperty}.
 */
@JsonDeserialize(builder = CardPatch.Builder.class)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE, isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public final class CardPatch {

    private final BigDecimal budgetLeft;
    @JsonIgnore
    private final Map<String, JsonNode> additionalProperties;

    private CardPatch(Builder builder) {
        this.budgetLeft = builder.budgetLeft;
        if (budgetLeft != null && budgetLeft.signum() < 0) {
            throw new IllegalArgumentException("budgetLeft must be 0 or more, was " + budgetLeft);
        }
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

    /** {@return funds left on the card, 0 or more} */
    public BigDecimal budgetLeft() {
        return budgetLeft;
    }

    /** Fields of the JSON object this SDK version has no accessor for, by name; empty if none. Immutable. */
    @JsonAnyGetter
    public Map<String, JsonNode> additionalProperties() {
        return additionalProperties;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof CardPatch that
                && Objects.equals(budgetLeft, that.budgetLeft)
                && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(budgetLeft, additionalProperties);
    }

    @Override
    public String toString() {
        return "CardPatch{budgetLeft=" + budgetLeft
                + ", additionalProperties=" + additionalProperties + '}';
    }

    /** Builds {@link CardPatch} objects; not thread-safe. Unset fields stay null (lists empty). */
    // Jackson reads JSON into the builder's fields: a reflective setter call per property would cost more.
    @JsonPOJOBuilder(withPrefix = "")
    @JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, setterVisibility = JsonAutoDetect.Visibility.NONE)
    public static final class Builder {
        private BigDecimal budgetLeft;
        /** Null until the first additional property: most objects have none. */
        @JsonIgnore
        private Map<String, JsonNode> additionalProperties;

        private Builder() {
        }

        private Builder(CardPatch source) {
            this.budgetLeft = source.budgetLeft;
            this.additionalProperties = source.additionalProperties.isEmpty() ? null
                    : new LinkedHashMap<>(source.additionalProperties);
        }

        /** Sets {@link CardPatch#budgetLeft()}: funds left on the card, 0 or more. */
        public Builder budgetLeft(BigDecimal value) {
            this.budgetLeft = value;
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
         * The {@link CardPatch}.
         *
         * @throws IllegalArgumentException if {@code budgetLeft} is negative
         */
        public CardPatch build() {
            return new CardPatch(this);
        }
    }
}
