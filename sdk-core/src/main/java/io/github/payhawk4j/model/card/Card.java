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
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A Payhawk card ({@code ICard}).
 *
 * <p>Immutable. Fields Payhawk sends that this SDK version does not know are kept in
 * {@link #additionalProperties()}; build one for a test with {@link #builder()}.
 */
@JsonDeserialize(builder = Card.Builder.class)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE, isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public final class Card {

    private final String id;
    private final String userId;
    private final String fundAccountId;
    private final BigDecimal limit;
    private final Boolean isPhysical;
    private final Boolean isAtmAllowed;
    private final String name;
    private final Address deliveryAddress;
    private final Instant createdAt;
    private final String currency;
    private final CardStatus status;
    private final BigDecimal budgetLeft;
    private final BigDecimal spentAmount;
    private final BigDecimal approvedFunds;
    private final String embossName;
    @JsonIgnore
    private final Map<String, JsonNode> additionalProperties;

    private Card(Builder builder) {
        this.id = builder.id;
        this.userId = builder.userId;
        this.fundAccountId = builder.fundAccountId;
        this.limit = builder.limit;
        this.isPhysical = builder.isPhysical;
        this.isAtmAllowed = builder.isAtmAllowed;
        this.name = builder.name;
        this.deliveryAddress = builder.deliveryAddress;
        this.createdAt = builder.createdAt;
        this.currency = builder.currency;
        this.status = builder.status;
        this.budgetLeft = builder.budgetLeft;
        this.spentAmount = builder.spentAmount;
        this.approvedFunds = builder.approvedFunds;
        this.embossName = builder.embossName;
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

    /** {@return unique identifier of the card} */
    public String id() {
        return id;
    }

    /** {@return identifier of the cardholder} */
    public String userId() {
        return userId;
    }

    /** {@return identifier of the fund account the card is linked to} */
    public String fundAccountId() {
        return fundAccountId;
    }

    /** {@return recurring monthly limit of the card} */
    public BigDecimal limit() {
        return limit;
    }

    /** {@return whether the card is physical; false for a virtual card} */
    public Boolean isPhysical() {
        return isPhysical;
    }

    /** {@return whether the card can be used at an ATM} */
    public Boolean isAtmAllowed() {
        return isAtmAllowed;
    }

    /** {@return name of the card, to tell cards apart} */
    public String name() {
        return name;
    }

    /** {@return where the physical card is delivered} */
    public Address deliveryAddress() {
        return deliveryAddress;
    }

    /** {@return when the card was created} */
    public Instant createdAt() {
        return createdAt;
    }

    /** {@return currency of the card} */
    public String currency() {
        return currency;
    }

    /** {@return status of the card} */
    public CardStatus status() {
        return status;
    }

    /** {@return funds available on the card} */
    public BigDecimal budgetLeft() {
        return budgetLeft;
    }

    /** {@return amount spent in the current period} */
    public BigDecimal spentAmount() {
        return spentAmount;
    }

    /** {@return funds approved for the current period} */
    public BigDecimal approvedFunds() {
        return approvedFunds;
    }

    /** {@return name of the cardholder printed on the physical card} */
    public String embossName() {
        return embossName;
    }

    /** Fields of the JSON object this SDK version has no accessor for, by name; empty if none. Immutable. */
    @JsonAnyGetter
    public Map<String, JsonNode> additionalProperties() {
        return additionalProperties;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Card that
                && Objects.equals(id, that.id)
                && Objects.equals(userId, that.userId)
                && Objects.equals(fundAccountId, that.fundAccountId)
                && Objects.equals(limit, that.limit)
                && Objects.equals(isPhysical, that.isPhysical)
                && Objects.equals(isAtmAllowed, that.isAtmAllowed)
                && Objects.equals(name, that.name)
                && Objects.equals(deliveryAddress, that.deliveryAddress)
                && Objects.equals(createdAt, that.createdAt)
                && Objects.equals(currency, that.currency)
                && Objects.equals(status, that.status)
                && Objects.equals(budgetLeft, that.budgetLeft)
                && Objects.equals(spentAmount, that.spentAmount)
                && Objects.equals(approvedFunds, that.approvedFunds)
                && Objects.equals(embossName, that.embossName)
                && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, userId, fundAccountId, limit, isPhysical, isAtmAllowed, name, deliveryAddress, createdAt, currency, status, budgetLeft, spentAmount, approvedFunds, embossName, additionalProperties);
    }

    @Override
    public String toString() {
        return "Card{id=" + id
                + ", userId=" + userId
                + ", fundAccountId=" + fundAccountId
                + ", limit=" + limit
                + ", isPhysical=" + isPhysical
                + ", isAtmAllowed=" + isAtmAllowed
                + ", name=" + name
                + ", deliveryAddress=" + deliveryAddress
                + ", createdAt=" + createdAt
                + ", currency=" + currency
                + ", status=" + status
                + ", budgetLeft=" + budgetLeft
                + ", spentAmount=" + spentAmount
                + ", approvedFunds=" + approvedFunds
                + ", embossName=" + embossName
                + ", additionalProperties=" + additionalProperties + '}';
    }

    /** Builds {@link Card} objects; not thread-safe. Unset fields stay null (lists empty). */
    // Jackson reads JSON into the builder's fields: a reflective setter call per property would cost more.
    @JsonPOJOBuilder(withPrefix = "")
    @JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, setterVisibility = JsonAutoDetect.Visibility.NONE)
    public static final class Builder {
        private String id;
        private String userId;
        private String fundAccountId;
        private BigDecimal limit;
        private Boolean isPhysical;
        private Boolean isAtmAllowed;
        private String name;
        private Address deliveryAddress;
        private Instant createdAt;
        private String currency;
        private CardStatus status;
        private BigDecimal budgetLeft;
        private BigDecimal spentAmount;
        private BigDecimal approvedFunds;
        private String embossName;
        /** Null until the first additional property: most objects have none. */
        @JsonIgnore
        private Map<String, JsonNode> additionalProperties;

        private Builder() {
        }

        private Builder(Card source) {
            this.id = source.id;
            this.userId = source.userId;
            this.fundAccountId = source.fundAccountId;
            this.limit = source.limit;
            this.isPhysical = source.isPhysical;
            this.isAtmAllowed = source.isAtmAllowed;
            this.name = source.name;
            this.deliveryAddress = source.deliveryAddress;
            this.createdAt = source.createdAt;
            this.currency = source.currency;
            this.status = source.status;
            this.budgetLeft = source.budgetLeft;
            this.spentAmount = source.spentAmount;
            this.approvedFunds = source.approvedFunds;
            this.embossName = source.embossName;
            this.additionalProperties = source.additionalProperties.isEmpty() ? null
                    : new LinkedHashMap<>(source.additionalProperties);
        }

        /** Sets {@link Card#id()}: unique identifier of the card. */
        public Builder id(String value) {
            this.id = value;
            return this;
        }

        /** Sets {@link Card#userId()}: identifier of the cardholder. */
        public Builder userId(String value) {
            this.userId = value;
            return this;
        }

        /** Sets {@link Card#fundAccountId()}: identifier of the fund account the card is linked to. */
        public Builder fundAccountId(String value) {
            this.fundAccountId = value;
            return this;
        }

        /** Sets {@link Card#limit()}: recurring monthly limit of the card. */
        public Builder limit(BigDecimal value) {
            this.limit = value;
            return this;
        }

        /** Sets {@link Card#isPhysical()}: whether the card is physical; false for a virtual card. */
        public Builder isPhysical(Boolean value) {
            this.isPhysical = value;
            return this;
        }

        /** Sets {@link Card#isAtmAllowed()}: whether the card can be used at an ATM. */
        public Builder isAtmAllowed(Boolean value) {
            this.isAtmAllowed = value;
            return this;
        }

        /** Sets {@link Card#name()}: name of the card, to tell cards apart. */
        public Builder name(String value) {
            this.name = value;
            return this;
        }

        /** Sets {@link Card#deliveryAddress()}: where the physical card is delivered. */
        public Builder deliveryAddress(Address value) {
            this.deliveryAddress = value;
            return this;
        }

        /** Sets {@link Card#createdAt()}: when the card was created. */
        public Builder createdAt(Instant value) {
            this.createdAt = value;
            return this;
        }

        /** Sets {@link Card#currency()}: currency of the card. */
        public Builder currency(String value) {
            this.currency = value;
            return this;
        }

        /** Sets {@link Card#status()}: status of the card. */
        public Builder status(CardStatus value) {
            this.status = value;
            return this;
        }

        /** Sets {@link Card#budgetLeft()}: funds available on the card. */
        public Builder budgetLeft(BigDecimal value) {
            this.budgetLeft = value;
            return this;
        }

        /** Sets {@link Card#spentAmount()}: amount spent in the current period. */
        public Builder spentAmount(BigDecimal value) {
            this.spentAmount = value;
            return this;
        }

        /** Sets {@link Card#approvedFunds()}: funds approved for the current period. */
        public Builder approvedFunds(BigDecimal value) {
            this.approvedFunds = value;
            return this;
        }

        /** Sets {@link Card#embossName()}: name of the cardholder printed on the physical card. */
        public Builder embossName(String value) {
            this.embossName = value;
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

        /** The {@link Card}. */
        public Card build() {
            return new Card(this);
        }
    }
}
