package io.github.payhawk4j.model.supplier;

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
 * A supplier's bank account; which fields are set depends on the payment scheme ({@code ISupplierBankAccount}).
 *
 * <p>Immutable. Fields Payhawk sends that this SDK version does not know are kept in
 * {@link #additionalProperties()}; build one for a test with {@link #builder()}.
 */
@JsonDeserialize(builder = SupplierBankAccount.Builder.class)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE, isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public final class SupplierBankAccount {

    private final PaymentScheme paymentScheme;
    private final String currency;
    private final String accountHolder;
    private final String iban;
    private final String bicSwift;
    private final String accountNumber;
    private final String routingNumber;
    private final String accountType;
    private final String country;
    private final String city;
    private final String postalCode;
    private final String address;
    @JsonIgnore
    private final Map<String, JsonNode> additionalProperties;

    private SupplierBankAccount(Builder builder) {
        this.paymentScheme = builder.paymentScheme;
        this.currency = builder.currency;
        this.accountHolder = builder.accountHolder;
        this.iban = builder.iban;
        this.bicSwift = builder.bicSwift;
        this.accountNumber = builder.accountNumber;
        this.routingNumber = builder.routingNumber;
        this.accountType = builder.accountType;
        this.country = builder.country;
        this.city = builder.city;
        this.postalCode = builder.postalCode;
        this.address = builder.address;
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

    /** {@return the name of the payment scheme} */
    public PaymentScheme paymentScheme() {
        return paymentScheme;
    }

    /** {@return bank account currency (ISO 4217 code)} */
    public String currency() {
        return currency;
    }

    /** {@return the name of the account holder} */
    public String accountHolder() {
        return accountHolder;
    }

    /** {@return bank account IBAN} */
    public String iban() {
        return iban;
    }

    /** {@return bank account SWIFT BIC number} */
    public String bicSwift() {
        return bicSwift;
    }

    /** {@return bank account number} */
    public String accountNumber() {
        return accountNumber;
    }

    /** {@return bank account routing number} */
    public String routingNumber() {
        return routingNumber;
    }

    /** {@return bank account type} */
    public String accountType() {
        return accountType;
    }

    /** {@return account holder address country code} */
    public String country() {
        return country;
    }

    /** {@return account holder address city} */
    public String city() {
        return city;
    }

    /** {@return account holder address postal code} */
    public String postalCode() {
        return postalCode;
    }

    /** {@return account holder address} */
    public String address() {
        return address;
    }

    /** Fields of the JSON object this SDK version has no accessor for, by name; empty if none. Immutable. */
    @JsonAnyGetter
    public Map<String, JsonNode> additionalProperties() {
        return additionalProperties;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof SupplierBankAccount that
                && Objects.equals(paymentScheme, that.paymentScheme) && Objects.equals(currency, that.currency)
                && Objects.equals(accountHolder, that.accountHolder) && Objects.equals(iban, that.iban)
                && Objects.equals(bicSwift, that.bicSwift) && Objects.equals(accountNumber, that.accountNumber)
                && Objects.equals(routingNumber, that.routingNumber)
                && Objects.equals(accountType, that.accountType) && Objects.equals(country, that.country)
                && Objects.equals(city, that.city) && Objects.equals(postalCode, that.postalCode)
                && Objects.equals(address, that.address)
                && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(paymentScheme, currency, accountHolder, iban, bicSwift, accountNumber, routingNumber
                , accountType, country, city, postalCode, address, additionalProperties);
    }

    @Override
    public String toString() {
        return "SupplierBankAccount{paymentScheme=" + paymentScheme + ", currency=" + currency
                + ", accountHolder=" + accountHolder + ", iban=" + iban + ", bicSwift=" + bicSwift
                + ", accountNumber=" + accountNumber + ", routingNumber=" + routingNumber
                + ", accountType=" + accountType + ", country=" + country + ", city=" + city
                + ", postalCode=" + postalCode + ", address=" + address
                + ", additionalProperties=" + additionalProperties + '}';
    }

    /** Builds {@link SupplierBankAccount} objects; not thread-safe. Unset fields stay null (lists empty). */
    // Jackson reads JSON into the builder's fields: a reflective setter call per property would cost more.
    @JsonPOJOBuilder(withPrefix = "")
    @JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, setterVisibility = JsonAutoDetect.Visibility.NONE)
    public static final class Builder {
        private PaymentScheme paymentScheme;
        private String currency;
        private String accountHolder;
        private String iban;
        private String bicSwift;
        private String accountNumber;
        private String routingNumber;
        private String accountType;
        private String country;
        private String city;
        private String postalCode;
        private String address;
        /** Null until the first additional property: most objects have none. */
        @JsonIgnore
        private Map<String, JsonNode> additionalProperties;

        private Builder() {
        }

        private Builder(SupplierBankAccount source) {
            this.paymentScheme = source.paymentScheme;
            this.currency = source.currency;
            this.accountHolder = source.accountHolder;
            this.iban = source.iban;
            this.bicSwift = source.bicSwift;
            this.accountNumber = source.accountNumber;
            this.routingNumber = source.routingNumber;
            this.accountType = source.accountType;
            this.country = source.country;
            this.city = source.city;
            this.postalCode = source.postalCode;
            this.address = source.address;
            this.additionalProperties = source.additionalProperties.isEmpty() ? null
                    : new LinkedHashMap<>(source.additionalProperties);
        }

        /** Sets {@link SupplierBankAccount#paymentScheme()}: the name of the payment scheme. */
        public Builder paymentScheme(PaymentScheme value) {
            this.paymentScheme = value;
            return this;
        }

        /** Sets {@link SupplierBankAccount#currency()}: bank account currency (ISO 4217 code). */
        public Builder currency(String value) {
            this.currency = value;
            return this;
        }

        /** Sets {@link SupplierBankAccount#accountHolder()}: the name of the account holder. */
        public Builder accountHolder(String value) {
            this.accountHolder = value;
            return this;
        }

        /** Sets {@link SupplierBankAccount#iban()}: bank account IBAN. */
        public Builder iban(String value) {
            this.iban = value;
            return this;
        }

        /** Sets {@link SupplierBankAccount#bicSwift()}: bank account SWIFT BIC number. */
        public Builder bicSwift(String value) {
            this.bicSwift = value;
            return this;
        }

        /** Sets {@link SupplierBankAccount#accountNumber()}: bank account number. */
        public Builder accountNumber(String value) {
            this.accountNumber = value;
            return this;
        }

        /** Sets {@link SupplierBankAccount#routingNumber()}: bank account routing number. */
        public Builder routingNumber(String value) {
            this.routingNumber = value;
            return this;
        }

        /** Sets {@link SupplierBankAccount#accountType()}: bank account type. */
        public Builder accountType(String value) {
            this.accountType = value;
            return this;
        }

        /** Sets {@link SupplierBankAccount#country()}: account holder address country code. */
        public Builder country(String value) {
            this.country = value;
            return this;
        }

        /** Sets {@link SupplierBankAccount#city()}: account holder address city. */
        public Builder city(String value) {
            this.city = value;
            return this;
        }

        /** Sets {@link SupplierBankAccount#postalCode()}: account holder address postal code. */
        public Builder postalCode(String value) {
            this.postalCode = value;
            return this;
        }

        /** Sets {@link SupplierBankAccount#address()}: account holder address. */
        public Builder address(String value) {
            this.address = value;
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

        /** The {@link SupplierBankAccount}. */
        public SupplierBankAccount build() {
            return new SupplierBankAccount(this);
        }
    }
}
