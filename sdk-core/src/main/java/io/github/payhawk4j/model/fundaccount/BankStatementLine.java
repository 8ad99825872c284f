package io.github.payhawk4j.model.fundaccount;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import com.fasterxml.jackson.databind.node.NullNode;
import io.github.payhawk4j.model.expense.ExpensePaymentFees;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One payment in a fund account's bank statement ({@code IBankStatementLine}).
 *
 * <p>Immutable. Fields Payhawk sends that this SDK version does not know are kept in
 * {@link #additionalProperties()}; build one for a test with {@link #builder()}.
 */
@JsonDeserialize(builder = BankStatementLine.Builder.class)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE, isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public final class BankStatementLine {

    private final String id;
    private final BankStatementLineType type;
    private final String paymentId;
    private final String fundAccountId;
    private final Instant date;
    private final String currency;
    private final BigDecimal amount;
    private final String paidCurrency;
    private final BigDecimal paidAmount;
    private final BigDecimal fxRate;
    private final ExpensePaymentFees fees;
    private final String description;
    private final List<String> expenseIds;
    @JsonIgnore
    private final Map<String, JsonNode> additionalProperties;

    private BankStatementLine(Builder builder) {
        this.id = builder.id;
        this.type = builder.type;
        this.paymentId = builder.paymentId;
        this.fundAccountId = builder.fundAccountId;
        this.date = builder.date;
        this.currency = builder.currency;
        this.amount = builder.amount;
        this.paidCurrency = builder.paidCurrency;
        this.paidAmount = builder.paidAmount;
        this.fxRate = builder.fxRate;
        this.fees = builder.fees;
        this.description = builder.description;
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

    /** {@return unique identifier of the bank statement line} */
    public String id() {
        return id;
    }

    /** {@return type of the line: debit or credit} */
    public BankStatementLineType type() {
        return type;
    }

    /** {@return original identifier of the payment} */
    public String paymentId() {
        return paymentId;
    }

    /** {@return identifier of the payment's fund account} */
    public String fundAccountId() {
        return fundAccountId;
    }

    /** {@return date of the payment} */
    public Instant date() {
        return date;
    }

    /** {@return currency of the payment's fund account} */
    public String currency() {
        return currency;
    }

    /** {@return amount taken out of the payment's fund account} */
    public BigDecimal amount() {
        return amount;
    }

    /** {@return currency of the payment} */
    public String paidCurrency() {
        return paidCurrency;
    }

    /** {@return amount of the payment} */
    public BigDecimal paidAmount() {
        return paidAmount;
    }

    /** {@return FX rate of the payment} */
    public BigDecimal fxRate() {
        return fxRate;
    }

    /** {@return fees of the payment} */
    public ExpensePaymentFees fees() {
        return fees;
    }

    /** {@return description of the payment} */
    public String description() {
        return description;
    }

    /** {@return expenses paid by this payment (debit payments only); never null} */
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
        return this == other || other instanceof BankStatementLine that
                && Objects.equals(id, that.id)
                && Objects.equals(type, that.type)
                && Objects.equals(paymentId, that.paymentId)
                && Objects.equals(fundAccountId, that.fundAccountId)
                && Objects.equals(date, that.date)
                && Objects.equals(currency, that.currency)
                && Objects.equals(amount, that.amount)
                && Objects.equals(paidCurrency, that.paidCurrency)
                && Objects.equals(paidAmount, that.paidAmount)
                && Objects.equals(fxRate, that.fxRate)
                && Objects.equals(fees, that.fees)
                && Objects.equals(description, that.description)
                && Objects.equals(expenseIds, that.expenseIds)
                && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, type, paymentId, fundAccountId, date, currency, amount, paidCurrency, paidAmount, fxRate, fees, description, expenseIds, additionalProperties);
    }

    @Override
    public String toString() {
        return "BankStatementLine{id=" + id
                + ", type=" + type
                + ", paymentId=" + paymentId
                + ", fundAccountId=" + fundAccountId
                + ", date=" + date
                + ", currency=" + currency
                + ", amount=" + amount
                + ", paidCurrency=" + paidCurrency
                + ", paidAmount=" + paidAmount
                + ", fxRate=" + fxRate
                + ", fees=" + fees
                + ", description=" + description
                + ", expenseIds=" + expenseIds
                + ", additionalProperties=" + additionalProperties + '}';
    }

    /** Builds {@link BankStatementLine} objects; not thread-safe. Unset fields stay null (lists empty). */
    // Jackson reads JSON into the builder's fields: a reflective setter call per property would cost more.
    @JsonPOJOBuilder(withPrefix = "")
    @JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, setterVisibility = JsonAutoDetect.Visibility.NONE)
    public static final class Builder {
        private String id;
        private BankStatementLineType type;
        private String paymentId;
        private String fundAccountId;
        private Instant date;
        private String currency;
        private BigDecimal amount;
        private String paidCurrency;
        private BigDecimal paidAmount;
        private BigDecimal fxRate;
        private ExpensePaymentFees fees;
        private String description;
        private List<String> expenseIds;
        /** Null until the first additional property: most objects have none. */
        @JsonIgnore
        private Map<String, JsonNode> additionalProperties;

        private Builder() {
        }

        private Builder(BankStatementLine source) {
            this.id = source.id;
            this.type = source.type;
            this.paymentId = source.paymentId;
            this.fundAccountId = source.fundAccountId;
            this.date = source.date;
            this.currency = source.currency;
            this.amount = source.amount;
            this.paidCurrency = source.paidCurrency;
            this.paidAmount = source.paidAmount;
            this.fxRate = source.fxRate;
            this.fees = source.fees;
            this.description = source.description;
            this.expenseIds = source.expenseIds;
            this.additionalProperties = source.additionalProperties.isEmpty() ? null
                    : new LinkedHashMap<>(source.additionalProperties);
        }

        /** Sets {@link BankStatementLine#id()}: unique identifier of the bank statement line. */
        public Builder id(String value) {
            this.id = value;
            return this;
        }

        /** Sets {@link BankStatementLine#type()}: type of the line: debit or credit. */
        public Builder type(BankStatementLineType value) {
            this.type = value;
            return this;
        }

        /** Sets {@link BankStatementLine#paymentId()}: original identifier of the payment. */
        public Builder paymentId(String value) {
            this.paymentId = value;
            return this;
        }

        /** Sets {@link BankStatementLine#fundAccountId()}: identifier of the payment's fund account. */
        public Builder fundAccountId(String value) {
            this.fundAccountId = value;
            return this;
        }

        /** Sets {@link BankStatementLine#date()}: date of the payment. */
        public Builder date(Instant value) {
            this.date = value;
            return this;
        }

        /** Sets {@link BankStatementLine#currency()}: currency of the payment's fund account. */
        public Builder currency(String value) {
            this.currency = value;
            return this;
        }

        /** Sets {@link BankStatementLine#amount()}: amount taken out of the payment's fund account. */
        public Builder amount(BigDecimal value) {
            this.amount = value;
            return this;
        }

        /** Sets {@link BankStatementLine#paidCurrency()}: currency of the payment. */
        public Builder paidCurrency(String value) {
            this.paidCurrency = value;
            return this;
        }

        /** Sets {@link BankStatementLine#paidAmount()}: amount of the payment. */
        public Builder paidAmount(BigDecimal value) {
            this.paidAmount = value;
            return this;
        }

        /** Sets {@link BankStatementLine#fxRate()}: FX rate of the payment. */
        public Builder fxRate(BigDecimal value) {
            this.fxRate = value;
            return this;
        }

        /** Sets {@link BankStatementLine#fees()}: fees of the payment. */
        public Builder fees(ExpensePaymentFees value) {
            this.fees = value;
            return this;
        }

        /** Sets {@link BankStatementLine#description()}: description of the payment. */
        public Builder description(String value) {
            this.description = value;
            return this;
        }

        /** Sets {@link BankStatementLine#expenseIds()}: expenses paid by this payment (debit payments only). */
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

        /** The {@link BankStatementLine}. */
        public BankStatementLine build() {
            return new BankStatementLine(this);
        }
    }
}
