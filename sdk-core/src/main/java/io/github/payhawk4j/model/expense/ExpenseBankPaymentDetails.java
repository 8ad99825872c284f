package io.github.payhawk4j.model.expense;

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
 * Payment details that mark a bank expense as paid, the body of
 * {@code POST /expenses/{id}/bank-payment-details} ({@code IExpenseBankPaymentDetails}).
 *
 * <p>Immutable; {@code date} is required, the rest is optional. Fields this SDK version has no setter for yet
 * can be sent with {@link Builder#putAdditionalProperty}.
 */
@JsonDeserialize(builder = ExpenseBankPaymentDetails.Builder.class)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE, isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public final class ExpenseBankPaymentDetails {

    private final Instant date;
    private final String paymentReference;
    private final String accountNumber;
    @JsonIgnore
    private final Map<String, JsonNode> additionalProperties;

    private ExpenseBankPaymentDetails(Builder builder) {
        this.date = Objects.requireNonNull(builder.date, "date");
        this.paymentReference = builder.paymentReference;
        this.accountNumber = builder.accountNumber;
        this.additionalProperties = builder.additionalProperties == null ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(builder.additionalProperties));
    }

    /** Details saying the expense was paid at {@code date}, with no reference or account number. */
    public static ExpenseBankPaymentDetails paidAt(Instant date) {
        return builder().date(date).build();
    }

    /** A copy with the given payment reference. */
    public ExpenseBankPaymentDetails withPaymentReference(String paymentReference) {
        return toBuilder().paymentReference(paymentReference).build();
    }

    /** A copy with the given IBAN or account number. */
    public ExpenseBankPaymentDetails withAccountNumber(String accountNumber) {
        return toBuilder().accountNumber(accountNumber).build();
    }

    /** A builder with nothing set. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this object's values, to build a changed copy. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** {@return when the payment was made; required} */
    public Instant date() {
        return date;
    }

    /** {@return payment reference, or null} */
    public String paymentReference() {
        return paymentReference;
    }

    /** {@return IBAN or number of the bank account paid from, or null} */
    public String accountNumber() {
        return accountNumber;
    }

    /** Fields of the JSON object this SDK version has no accessor for, by name; empty if none. Immutable. */
    @JsonAnyGetter
    public Map<String, JsonNode> additionalProperties() {
        return additionalProperties;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof ExpenseBankPaymentDetails that && Objects.equals(date, that.date)
                && Objects.equals(paymentReference, that.paymentReference)
                && Objects.equals(accountNumber, that.accountNumber)
                && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(date, paymentReference, accountNumber, additionalProperties);
    }

    @Override
    public String toString() {
        return "ExpenseBankPaymentDetails{date=" + date + ", paymentReference=" + paymentReference
                + ", accountNumber=" + accountNumber + ", additionalProperties=" + additionalProperties + '}';
    }

    /** Builds {@link ExpenseBankPaymentDetails} objects; not thread-safe. Unset fields stay null (lists empty). */
    // Jackson reads JSON into the builder's fields: a reflective setter call per property would cost more.
    @JsonPOJOBuilder(withPrefix = "")
    @JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, setterVisibility = JsonAutoDetect.Visibility.NONE)
    public static final class Builder {
        private Instant date;
        private String paymentReference;
        private String accountNumber;
        /** Null until the first additional property: most objects have none. */
        @JsonIgnore
        private Map<String, JsonNode> additionalProperties;

        private Builder() {
        }

        private Builder(ExpenseBankPaymentDetails source) {
            this.date = source.date;
            this.paymentReference = source.paymentReference;
            this.accountNumber = source.accountNumber;
            this.additionalProperties = source.additionalProperties.isEmpty() ? null
                    : new LinkedHashMap<>(source.additionalProperties);
        }

        /** Sets {@link ExpenseBankPaymentDetails#date()}: when the payment was made; required. */
        public Builder date(Instant value) {
            this.date = value;
            return this;
        }

        /** Sets {@link ExpenseBankPaymentDetails#paymentReference()}: payment reference, or null. */
        public Builder paymentReference(String value) {
            this.paymentReference = value;
            return this;
        }

        /**
         * Sets {@link ExpenseBankPaymentDetails#accountNumber()}: IBAN or number of the bank account paid from, or
         * null.
         */
        public Builder accountNumber(String value) {
            this.accountNumber = value;
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
         * The {@link ExpenseBankPaymentDetails}.
         *
         * @throws NullPointerException if no date was set
         */
        public ExpenseBankPaymentDetails build() {
            return new ExpenseBankPaymentDetails(this);
        }
    }
}
