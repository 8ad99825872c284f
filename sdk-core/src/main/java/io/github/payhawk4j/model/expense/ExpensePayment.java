package io.github.payhawk4j.model.expense;

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
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A payment (card or bank transfer) related to one or more expenses ({@code IExpensePayment}).
 *
 * <p>Immutable. Fields Payhawk sends that this SDK version does not know are kept in
 * {@link #additionalProperties()}; build one for a test with {@link #builder()}.
 */
@JsonDeserialize(builder = ExpensePayment.Builder.class)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE, isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public final class ExpensePayment {

    private final String id;
    private final PaymentType type;
    private final PaymentStatus status;
    private final BigDecimal amount;
    private final String currency;
    private final ExpensePaymentFees fees;
    private final BigDecimal originalAmount;
    private final String originalCurrency;
    private final String fundAccountId;
    private final FundAccountType fundAccountType;
    private final String description;
    private final Instant date;
    private final BigDecimal fxRate;
    private final String cardId;
    private final String cardLastDigits;
    private final List<String> expenseIds;
    @JsonIgnore
    private final Map<String, JsonNode> additionalProperties;

    private ExpensePayment(Builder builder) {
        this.id = builder.id;
        this.type = builder.type;
        this.status = builder.status;
        this.amount = builder.amount;
        this.currency = builder.currency;
        this.fees = builder.fees;
        this.originalAmount = builder.originalAmount;
        this.originalCurrency = builder.originalCurrency;
        this.fundAccountId = builder.fundAccountId;
        this.fundAccountType = builder.fundAccountType;
        this.description = builder.description;
        this.date = builder.date;
        this.fxRate = builder.fxRate;
        this.cardId = builder.cardId;
        this.cardLastDigits = builder.cardLastDigits;
        this.expenseIds = builder.expenseIds == null ? List.of() : List.copyOf(builder.expenseIds);
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

    /** {@return unique identifier of the payment} */
    public String id() {
        return id;
    }

    /** {@return type of the payment} */
    public PaymentType type() {
        return type;
    }

    /** {@return status of the payment} */
    public PaymentStatus status() {
        return status;
    }

    /** {@return amount of the payment} */
    public BigDecimal amount() {
        return amount;
    }

    /** {@return currency of the payment (ISO 4217 code)} */
    public String currency() {
        return currency;
    }

    /** {@return the fees charged on the payment} */
    public ExpensePaymentFees fees() {
        return fees;
    }

    /** {@return original amount of the payment} */
    public BigDecimal originalAmount() {
        return originalAmount;
    }

    /** {@return original currency of the payment (ISO 4217 code)} */
    public String originalCurrency() {
        return originalCurrency;
    }

    /** {@return unique identifier of payment's fund account} */
    public String fundAccountId() {
        return fundAccountId;
    }

    /** {@return fund account type, for example debit or credit} */
    public FundAccountType fundAccountType() {
        return fundAccountType;
    }

    /** {@return description of the payment that includes information for the merchant} */
    public String description() {
        return description;
    }

    /** {@return date of the payment} */
    public Instant date() {
        return date;
    }

    /** {@return currency exchange rate of the payment} */
    public BigDecimal fxRate() {
        return fxRate;
    }

    /** {@return id of the card used for payment, empty for bank transfers} */
    public String cardId() {
        return cardId;
    }

    /** {@return last 4 digits of the card used for payment, empty for bank transfers} */
    public String cardLastDigits() {
        return cardLastDigits;
    }

    /** {@return ids of all related expenses; never null, empty if absent} */
    public List<String> expenseIds() {
        return expenseIds;
    }

    /** Fields of the JSON object this SDK version has no accessor for, by name; empty if none. Immutable. */
    @JsonAnyGetter
    public Map<String, JsonNode> additionalProperties() {
        return additionalProperties;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof ExpensePayment that && Objects.equals(id, that.id)
                && Objects.equals(type, that.type) && Objects.equals(status, that.status)
                && Objects.equals(amount, that.amount) && Objects.equals(currency, that.currency)
                && Objects.equals(fees, that.fees) && Objects.equals(originalAmount, that.originalAmount)
                && Objects.equals(originalCurrency, that.originalCurrency)
                && Objects.equals(fundAccountId, that.fundAccountId)
                && Objects.equals(fundAccountType, that.fundAccountType)
                && Objects.equals(description, that.description) && Objects.equals(date, that.date)
                && Objects.equals(fxRate, that.fxRate) && Objects.equals(cardId, that.cardId)
                && Objects.equals(cardLastDigits, that.cardLastDigits)
                && Objects.equals(expenseIds, that.expenseIds)
                && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, type, status, amount, currency, fees, originalAmount, originalCurrency, fundAccountId
                , fundAccountType, description, date, fxRate, cardId, cardLastDigits, expenseIds
                , additionalProperties);
    }

    @Override
    public String toString() {
        return "ExpensePayment{id=" + id + ", type=" + type + ", status=" + status + ", amount=" + amount
                + ", currency=" + currency + ", fees=" + fees + ", originalAmount=" + originalAmount
                + ", originalCurrency=" + originalCurrency + ", fundAccountId=" + fundAccountId
                + ", fundAccountType=" + fundAccountType + ", description=" + description + ", date=" + date
                + ", fxRate=" + fxRate + ", cardId=" + cardId + ", cardLastDigits=" + cardLastDigits
                + ", expenseIds=" + expenseIds + ", additionalProperties=" + additionalProperties + '}';
    }

    /** Builds {@link ExpensePayment} objects; not thread-safe. Unset fields stay null (lists empty). */
    // Jackson reads JSON into the builder's fields: a reflective setter call per property would cost more.
    @JsonPOJOBuilder(withPrefix = "")
    @JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, setterVisibility = JsonAutoDetect.Visibility.NONE)
    public static final class Builder {
        private String id;
        private PaymentType type;
        private PaymentStatus status;
        private BigDecimal amount;
        private String currency;
        private ExpensePaymentFees fees;
        private BigDecimal originalAmount;
        private String originalCurrency;
        private String fundAccountId;
        private FundAccountType fundAccountType;
        private String description;
        private Instant date;
        private BigDecimal fxRate;
        private String cardId;
        private String cardLastDigits;
        private List<String> expenseIds;
        /** Null until the first additional property: most objects have none. */
        @JsonIgnore
        private Map<String, JsonNode> additionalProperties;

        private Builder() {
        }

        private Builder(ExpensePayment source) {
            this.id = source.id;
            this.type = source.type;
            this.status = source.status;
            this.amount = source.amount;
            this.currency = source.currency;
            this.fees = source.fees;
            this.originalAmount = source.originalAmount;
            this.originalCurrency = source.originalCurrency;
            this.fundAccountId = source.fundAccountId;
            this.fundAccountType = source.fundAccountType;
            this.description = source.description;
            this.date = source.date;
            this.fxRate = source.fxRate;
            this.cardId = source.cardId;
            this.cardLastDigits = source.cardLastDigits;
            this.expenseIds = source.expenseIds;
            this.additionalProperties = source.additionalProperties.isEmpty() ? null
                    : new LinkedHashMap<>(source.additionalProperties);
        }

        /** Sets {@link ExpensePayment#id()}: unique identifier of the payment. */
        public Builder id(String value) {
            this.id = value;
            return this;
        }

        /** Sets {@link ExpensePayment#type()}: type of the payment. */
        public Builder type(PaymentType value) {
            this.type = value;
            return this;
        }

        /** Sets {@link ExpensePayment#status()}: status of the payment. */
        public Builder status(PaymentStatus value) {
            this.status = value;
            return this;
        }

        /** Sets {@link ExpensePayment#amount()}: amount of the payment. */
        public Builder amount(BigDecimal value) {
            this.amount = value;
            return this;
        }

        /** Sets {@link ExpensePayment#currency()}: currency of the payment (ISO 4217 code). */
        public Builder currency(String value) {
            this.currency = value;
            return this;
        }

        /** Sets {@link ExpensePayment#fees()}: the fees charged on the payment. */
        public Builder fees(ExpensePaymentFees value) {
            this.fees = value;
            return this;
        }

        /** Sets {@link ExpensePayment#originalAmount()}: original amount of the payment. */
        public Builder originalAmount(BigDecimal value) {
            this.originalAmount = value;
            return this;
        }

        /** Sets {@link ExpensePayment#originalCurrency()}: original currency of the payment (ISO 4217 code). */
        public Builder originalCurrency(String value) {
            this.originalCurrency = value;
            return this;
        }

        /** Sets {@link ExpensePayment#fundAccountId()}: unique identifier of payment's fund account. */
        public Builder fundAccountId(String value) {
            this.fundAccountId = value;
            return this;
        }

        /** Sets {@link ExpensePayment#fundAccountType()}: fund account type, for example debit or credit. */
        public Builder fundAccountType(FundAccountType value) {
            this.fundAccountType = value;
            return this;
        }

        /**
         * Sets {@link ExpensePayment#description()}: description of the payment that includes information for the
         * merchant.
         */
        public Builder description(String value) {
            this.description = value;
            return this;
        }

        /** Sets {@link ExpensePayment#date()}: date of the payment. */
        public Builder date(Instant value) {
            this.date = value;
            return this;
        }

        /** Sets {@link ExpensePayment#fxRate()}: currency exchange rate of the payment. */
        public Builder fxRate(BigDecimal value) {
            this.fxRate = value;
            return this;
        }

        /** Sets {@link ExpensePayment#cardId()}: id of the card used for payment, empty for bank transfers. */
        public Builder cardId(String value) {
            this.cardId = value;
            return this;
        }

        /**
         * Sets {@link ExpensePayment#cardLastDigits()}: last 4 digits of the card used for payment, empty for bank
         * transfers.
         */
        public Builder cardLastDigits(String value) {
            this.cardLastDigits = value;
            return this;
        }

        /** Sets {@link ExpensePayment#expenseIds()}: ids of all related expenses. */
        public Builder expenseIds(List<String> value) {
            this.expenseIds = value;
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

        /** The {@link ExpensePayment}. */
        public ExpensePayment build() {
            return new ExpensePayment(this);
        }
    }
}
