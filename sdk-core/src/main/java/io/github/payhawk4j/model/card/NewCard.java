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
 * A card to issue ({@code INewCard}).
 *
 * <p>Immutable. {@link Builder#build()} refuses a missing required field ({@code userId}, {@code fundAccountId},
 * {@code limit}, {@code isPhysical}, {@code isAtmAllowed}, and of a delivery address {@code address}, {@code country},
 * {@code city}, {@code postalCode}) before anything is sent.
 * Fields this SDK version has no setter for can be sent with {@link Builder#putAdditionalProperty}.
 */
@JsonDeserialize(builder = NewCard.Builder.class)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE, isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public final class NewCard {

    private final String userId;
    private final String fundAccountId;
    private final BigDecimal limit;
    private final Boolean isPhysical;
    private final Boolean isAtmAllowed;
    private final String name;
    private final Address deliveryAddress;
    @JsonIgnore
    private final Map<String, JsonNode> additionalProperties;

    private NewCard(Builder builder) {
        this.userId = Objects.requireNonNull(builder.userId, "userId is required");
        this.fundAccountId = Objects.requireNonNull(builder.fundAccountId, "fundAccountId is required");
        this.limit = Objects.requireNonNull(builder.limit, "limit is required");
        this.isPhysical = Objects.requireNonNull(builder.isPhysical, "isPhysical is required");
        this.isAtmAllowed = Objects.requireNonNull(builder.isAtmAllowed, "isAtmAllowed is required");
        this.name = builder.name;
        this.deliveryAddress = builder.deliveryAddress;
        if (deliveryAddress != null) {
            Objects.requireNonNull(deliveryAddress.address(), "deliveryAddress.address is required");
            Objects.requireNonNull(deliveryAddress.country(), "deliveryAddress.country is required");
            Objects.requireNonNull(deliveryAddress.city(), "deliveryAddress.city is required");
            Objects.requireNonNull(deliveryAddress.postalCode(), "deliveryAddress.postalCode is required");
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

    /** {@return identifier of the cardholder} */
    public String userId() {
        return userId;
    }

    /** {@return identifier of the fund account to link the card to} */
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

    /** {@return where to deliver the physical card} */
    public Address deliveryAddress() {
        return deliveryAddress;
    }

    /** Fields of the JSON object this SDK version has no accessor for, by name; empty if none. Immutable. */
    @JsonAnyGetter
    public Map<String, JsonNode> additionalProperties() {
        return additionalProperties;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof NewCard that
                && Objects.equals(userId, that.userId)
                && Objects.equals(fundAccountId, that.fundAccountId)
                && Objects.equals(limit, that.limit)
                && Objects.equals(isPhysical, that.isPhysical)
                && Objects.equals(isAtmAllowed, that.isAtmAllowed)
                && Objects.equals(name, that.name)
                && Objects.equals(deliveryAddress, that.deliveryAddress)
                && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(userId, fundAccountId, limit, isPhysical, isAtmAllowed, name, deliveryAddress, additionalProperties);
    }

    @Override
    public String toString() {
        return "NewCard{userId=" + userId
                + ", fundAccountId=" + fundAccountId
                + ", limit=" + limit
                + ", isPhysical=" + isPhysical
                + ", isAtmAllowed=" + isAtmAllowed
                + ", name=" + name
                + ", deliveryAddress=" + deliveryAddress
                + ", additionalProperties=" + additionalProperties + '}';
    }

    /** Builds {@link NewCard} objects; not thread-safe. Unset fields stay null (lists empty). */
    // Jackson reads JSON into the builder's fields: a reflective setter call per property would cost more.
    @JsonPOJOBuilder(withPrefix = "")
    @JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, setterVisibility = JsonAutoDetect.Visibility.NONE)
    public static final class Builder {
        private String userId;
        private String fundAccountId;
        private BigDecimal limit;
        private Boolean isPhysical;
        private Boolean isAtmAllowed;
        private String name;
        private Address deliveryAddress;
        /** Null until the first additional property: most objects have none. */
        @JsonIgnore
        private Map<String, JsonNode> additionalProperties;

        private Builder() {
        }

        private Builder(NewCard source) {
            this.userId = source.userId;
            this.fundAccountId = source.fundAccountId;
            this.limit = source.limit;
            this.isPhysical = source.isPhysical;
            this.isAtmAllowed = source.isAtmAllowed;
            this.name = source.name;
            this.deliveryAddress = source.deliveryAddress;
            this.additionalProperties = source.additionalProperties.isEmpty() ? null
                    : new LinkedHashMap<>(source.additionalProperties);
        }

        /** Sets {@link NewCard#userId()}: identifier of the cardholder (required). */
        public Builder userId(String value) {
            this.userId = value;
            return this;
        }

        /** Sets {@link NewCard#fundAccountId()}: identifier of the fund account to link the card to (required). */
        public Builder fundAccountId(String value) {
            this.fundAccountId = value;
            return this;
        }

        /** Sets {@link NewCard#limit()}: recurring monthly limit of the card (required). */
        public Builder limit(BigDecimal value) {
            this.limit = value;
            return this;
        }

        /** Sets {@link NewCard#isPhysical()}: whether the card is physical; false for a virtual card (required). */
        public Builder isPhysical(Boolean value) {
            this.isPhysical = value;
            return this;
        }

        /** Sets {@link NewCard#isAtmAllowed()}: whether the card can be used at an ATM (required). */
        public Builder isAtmAllowed(Boolean value) {
            this.isAtmAllowed = value;
            return this;
        }

        /** Sets {@link NewCard#name()}: name of the card, to tell cards apart. */
        public Builder name(String value) {
            this.name = value;
            return this;
        }

        /** Sets {@link NewCard#deliveryAddress()}: where to deliver the physical card. */
        public Builder deliveryAddress(Address value) {
            this.deliveryAddress = value;
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
         * The {@link NewCard}.
         *
         * @throws NullPointerException naming the first required field that is not set
         */
        public NewCard build() {
            return new NewCard(this);
        }
    }
}
