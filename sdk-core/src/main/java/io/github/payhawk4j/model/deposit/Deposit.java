package io.github.payhawk4j.model.deposit;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import com.fasterxml.jackson.databind.node.NullNode;
import io.github.payhawk4j.model.FundAccountType;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A deposit into a fund account ({@code IDeposit}).
 *
 * <p>Immutable. Fields Payhawk sends that this SDK version does not know are kept in
 * {@link #additionalProperties()}; build one for a test with {@link #builder()}.
 */
@JsonDeserialize(builder = Deposit.Builder.class)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE, isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public final class Deposit {

    private final String id;
    private final BigDecimal amount;
    private final String currency;
    private final String fundAccountId;
    private final FundAccountType fundAccountType;
    private final Instant date;
    private final String description;
    private final DepositSender sender;
    @JsonIgnore
    private final Map<String, JsonNode> additionalProperties;

    private Deposit(Builder builder) {
        this.id = builder.id;
        this.amount = builder.amount;
        this.currency = builder.currency;
        this.fundAccountId = builder.fundAccountId;
        this.fundAccountType = builder.fundAccountType;
        this.date = builder.date;
        this.description = builder.description;
        this.sender = builder.sender;
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

    /** {@return unique identifier of the deposit} */
    public String id() {
        return id;
    }

    /** {@return amount of the deposit} */
    public BigDecimal amount() {
        return amount;
    }

    /** {@return currency of the deposit (ISO 4217 code)} */
    public String currency() {
        return currency;
    }

    /** {@return identifier of the fund account for the deposit} */
    public String fundAccountId() {
        return fundAccountId;
    }

    /** {@return type of the fund account for the deposit} */
    public FundAccountType fundAccountType() {
        return fundAccountType;
    }

    /** {@return date of the deposit} */
    public Instant date() {
        return date;
    }

    /** {@return description of the deposit} */
    public String description() {
        return description;
    }

    /** {@return who sent the deposit, if known} */
    public DepositSender sender() {
        return sender;
    }

    /** Fields of the JSON object this SDK version has no accessor for, by name; empty if none. Immutable. */
    @JsonAnyGetter
    public Map<String, JsonNode> additionalProperties() {
        return additionalProperties;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Deposit that && Objects.equals(id, that.id)
                && Objects.equals(amount, that.amount) && Objects.equals(currency, that.currency)
                && Objects.equals(fundAccountId, that.fundAccountId)
                && Objects.equals(fundAccountType, that.fundAccountType) && Objects.equals(date, that.date)
                && Objects.equals(description, that.description) && Objects.equals(sender, that.sender)
                && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, amount, currency, fundAccountId, fundAccountType, date, description, sender
                , additionalProperties);
    }

    @Override
    public String toString() {
        return "Deposit{id=" + id + ", amount=" + amount + ", currency=" + currency + ", fundAccountId=" + fundAccountId
                + ", fundAccountType=" + fundAccountType + ", date=" + date + ", description=" + description
                + ", sender=" + sender + ", additionalProperties=" + additionalProperties + '}';
    }

    /** Builds {@link Deposit} objects; not thread-safe. Unset fields stay null (lists empty). */
    // Jackson reads JSON into the builder's fields: a reflective setter call per property would cost more.
    @JsonPOJOBuilder(withPrefix = "")
    @JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, setterVisibility = JsonAutoDetect.Visibility.NONE)
    public static final class Builder {
        private String id;
        private BigDecimal amount;
        private String currency;
        private String fundAccountId;
        private FundAccountType fundAccountType;
        private Instant date;
        private String description;
        private DepositSender sender;
        /** Null until the first additional property: most objects have none. */
        @JsonIgnore
        private Map<String, JsonNode> additionalProperties;

        private Builder() {
        }

        private Builder(Deposit source) {
            this.id = source.id;
            this.amount = source.amount;
            this.currency = source.currency;
            this.fundAccountId = source.fundAccountId;
            this.fundAccountType = source.fundAccountType;
            this.date = source.date;
            this.description = source.description;
            this.sender = source.sender;
            this.additionalProperties = source.additionalProperties.isEmpty() ? null
                    : new LinkedHashMap<>(source.additionalProperties);
        }

        /** Sets {@link Deposit#id()}: unique identifier of the deposit. */
        public Builder id(String value) {
            this.id = value;
            return this;
        }

        /** Sets {@link Deposit#amount()}: amount of the deposit. */
        public Builder amount(BigDecimal value) {
            this.amount = value;
            return this;
        }

        /** Sets {@link Deposit#currency()}: currency of the deposit (ISO 4217 code). */
        public Builder currency(String value) {
            this.currency = value;
            return this;
        }

        /** Sets {@link Deposit#fundAccountId()}: identifier of the fund account for the deposit. */
        public Builder fundAccountId(String value) {
            this.fundAccountId = value;
            return this;
        }

        /** Sets {@link Deposit#fundAccountType()}: type of the fund account for the deposit. */
        public Builder fundAccountType(FundAccountType value) {
            this.fundAccountType = value;
            return this;
        }

        /** Sets {@link Deposit#date()}: date of the deposit. */
        public Builder date(Instant value) {
            this.date = value;
            return this;
        }

        /** Sets {@link Deposit#description()}: description of the deposit. */
        public Builder description(String value) {
            this.description = value;
            return this;
        }

        /** Sets {@link Deposit#sender()}: who sent the deposit, if known. */
        public Builder sender(DepositSender value) {
            this.sender = value;
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

        /** The {@link Deposit}. */
        public Deposit build() {
            return new Deposit(this);
        }
    }
}
