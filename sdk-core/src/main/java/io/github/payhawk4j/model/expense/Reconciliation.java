package io.github.payhawk4j.model.expense;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import com.fasterxml.jackson.databind.node.NullNode;
import io.github.payhawk4j.model.CustomFieldData;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The amounts, currencies, exchange rates and custom fields an expense or line item is reconciled with
 * ({@code IReconciliation}).
 *
 * <p>Immutable. Fields Payhawk sends that this SDK version does not know are kept in
 * {@link #additionalProperties()}; build one for a test with {@link #builder()}.
 */
@JsonDeserialize(builder = Reconciliation.Builder.class)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE, isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public final class Reconciliation {

    private final BigDecimal totalAmount;
    private final BigDecimal taxAmount;
    private final String currency;
    private final BigDecimal baseTotalAmount;
    private final BigDecimal baseTaxAmount;
    private final String baseCurrency;
    private final List<CustomFieldData> customFields;
    private final String accountCode;
    private final BigDecimal fxRate;
    private final BigDecimal fxRateToPaymentCurrency;
    @JsonIgnore
    private final Map<String, JsonNode> additionalProperties;

    private Reconciliation(Builder builder) {
        this.totalAmount = builder.totalAmount;
        this.taxAmount = builder.taxAmount;
        this.currency = builder.currency;
        this.baseTotalAmount = builder.baseTotalAmount;
        this.baseTaxAmount = builder.baseTaxAmount;
        this.baseCurrency = builder.baseCurrency;
        this.customFields = builder.customFields == null ? List.of() : List.copyOf(builder.customFields);
        this.accountCode = builder.accountCode;
        this.fxRate = builder.fxRate;
        this.fxRateToPaymentCurrency = builder.fxRateToPaymentCurrency;
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

    /** {@return total amount in the paid currency} */
    public BigDecimal totalAmount() {
        return totalAmount;
    }

    /** {@return tax amount in the paid currency} */
    public BigDecimal taxAmount() {
        return taxAmount;
    }

    /** {@return the paid currency (ISO 4217 code)} */
    public String currency() {
        return currency;
    }

    /** {@return total amount in base currency calculated against the official exchange rate} */
    public BigDecimal baseTotalAmount() {
        return baseTotalAmount;
    }

    /** {@return tax amount in base currency calculated against the official exchange rate} */
    public BigDecimal baseTaxAmount() {
        return baseTaxAmount;
    }

    /** {@return base currency in which expenses are reported (ISO 4217 code)} */
    public String baseCurrency() {
        return baseCurrency;
    }

    /** {@return the custom fields and their values; never null, empty if absent} */
    public List<CustomFieldData> customFields() {
        return customFields;
    }

    /** {@return account code} */
    public String accountCode() {
        return accountCode;
    }

    /** {@return exchange rate to Payhawk base currency} */
    public BigDecimal fxRate() {
        return fxRate;
    }

    /** {@return exchange rate to payment currency, if different than expense currency} */
    public BigDecimal fxRateToPaymentCurrency() {
        return fxRateToPaymentCurrency;
    }

    /** Fields of the JSON object this SDK version has no accessor for, by name; empty if none. Immutable. */
    @JsonAnyGetter
    public Map<String, JsonNode> additionalProperties() {
        return additionalProperties;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Reconciliation that && Objects.equals(totalAmount, that.totalAmount)
                && Objects.equals(taxAmount, that.taxAmount) && Objects.equals(currency, that.currency)
                && Objects.equals(baseTotalAmount, that.baseTotalAmount)
                && Objects.equals(baseTaxAmount, that.baseTaxAmount)
                && Objects.equals(baseCurrency, that.baseCurrency)
                && Objects.equals(customFields, that.customFields)
                && Objects.equals(accountCode, that.accountCode) && Objects.equals(fxRate, that.fxRate)
                && Objects.equals(fxRateToPaymentCurrency, that.fxRateToPaymentCurrency)
                && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(totalAmount, taxAmount, currency, baseTotalAmount, baseTaxAmount, baseCurrency, customFields
                , accountCode, fxRate, fxRateToPaymentCurrency, additionalProperties);
    }

    @Override
    public String toString() {
        return "Reconciliation{totalAmount=" + totalAmount + ", taxAmount=" + taxAmount + ", currency=" + currency
                + ", baseTotalAmount=" + baseTotalAmount + ", baseTaxAmount=" + baseTaxAmount
                + ", baseCurrency=" + baseCurrency + ", customFields=" + customFields
                + ", accountCode=" + accountCode + ", fxRate=" + fxRate
                + ", fxRateToPaymentCurrency=" + fxRateToPaymentCurrency
                + ", additionalProperties=" + additionalProperties + '}';
    }

    /** Builds {@link Reconciliation} objects; not thread-safe. Unset fields stay null (lists empty). */
    // Jackson reads JSON into the builder's fields: a reflective setter call per property would cost more.
    @JsonPOJOBuilder(withPrefix = "")
    @JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, setterVisibility = JsonAutoDetect.Visibility.NONE)
    public static final class Builder {
        private BigDecimal totalAmount;
        private BigDecimal taxAmount;
        private String currency;
        private BigDecimal baseTotalAmount;
        private BigDecimal baseTaxAmount;
        private String baseCurrency;
        private List<CustomFieldData> customFields;
        private String accountCode;
        private BigDecimal fxRate;
        private BigDecimal fxRateToPaymentCurrency;
        /** Null until the first additional property: most objects have none. */
        @JsonIgnore
        private Map<String, JsonNode> additionalProperties;

        private Builder() {
        }

        private Builder(Reconciliation source) {
            this.totalAmount = source.totalAmount;
            this.taxAmount = source.taxAmount;
            this.currency = source.currency;
            this.baseTotalAmount = source.baseTotalAmount;
            this.baseTaxAmount = source.baseTaxAmount;
            this.baseCurrency = source.baseCurrency;
            this.customFields = source.customFields;
            this.accountCode = source.accountCode;
            this.fxRate = source.fxRate;
            this.fxRateToPaymentCurrency = source.fxRateToPaymentCurrency;
            this.additionalProperties = source.additionalProperties.isEmpty() ? null
                    : new LinkedHashMap<>(source.additionalProperties);
        }

        /** Sets {@link Reconciliation#totalAmount()}: total amount in the paid currency. */
        public Builder totalAmount(BigDecimal value) {
            this.totalAmount = value;
            return this;
        }

        /** Sets {@link Reconciliation#taxAmount()}: tax amount in the paid currency. */
        public Builder taxAmount(BigDecimal value) {
            this.taxAmount = value;
            return this;
        }

        /** Sets {@link Reconciliation#currency()}: the paid currency (ISO 4217 code). */
        public Builder currency(String value) {
            this.currency = value;
            return this;
        }

        /**
         * Sets {@link Reconciliation#baseTotalAmount()}: total amount in base currency calculated against the official
         * exchange rate.
         */
        public Builder baseTotalAmount(BigDecimal value) {
            this.baseTotalAmount = value;
            return this;
        }

        /**
         * Sets {@link Reconciliation#baseTaxAmount()}: tax amount in base currency calculated against the official
         * exchange rate.
         */
        public Builder baseTaxAmount(BigDecimal value) {
            this.baseTaxAmount = value;
            return this;
        }

        /** Sets {@link Reconciliation#baseCurrency()}: base currency in which expenses are reported (ISO 4217 code). */
        public Builder baseCurrency(String value) {
            this.baseCurrency = value;
            return this;
        }

        /** Sets {@link Reconciliation#customFields()}: the custom fields and their values. */
        public Builder customFields(List<CustomFieldData> value) {
            this.customFields = value;
            return this;
        }

        /** Sets {@link Reconciliation#accountCode()}: account code. */
        public Builder accountCode(String value) {
            this.accountCode = value;
            return this;
        }

        /** Sets {@link Reconciliation#fxRate()}: exchange rate to Payhawk base currency. */
        public Builder fxRate(BigDecimal value) {
            this.fxRate = value;
            return this;
        }

        /**
         * Sets {@link Reconciliation#fxRateToPaymentCurrency()}: exchange rate to payment currency, if different than
         * expense currency.
         */
        public Builder fxRateToPaymentCurrency(BigDecimal value) {
            this.fxRateToPaymentCurrency = value;
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

        /** The {@link Reconciliation}. */
        public Reconciliation build() {
            return new Reconciliation(this);
        }
    }
}
