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
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A supplier to create, the body of {@code POST /suppliers} ({@code INewSupplier}).
 *
 * <p>Immutable. {@code name} is required, and every bank account needs its payment scheme, currency and
 * account holder: {@link Builder#build()} refuses one without, before anything is sent. Unset fields are
 * not sent. Fields this SDK version has no setter for yet can be sent with {@link Builder#putAdditionalProperty}.
 */
@JsonDeserialize(builder = NewSupplier.Builder.class)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE, isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public final class NewSupplier {

    private final String name;
    private final String taxId;
    private final String countryCode;
    private final String externalId;
    private final List<NewSupplierCustomFieldData> customFields;
    private final String address;
    private final String uic;
    private final String vat;
    private final String contactName;
    private final String contactEmail;
    private final String contactPhone;
    private final List<SupplierBankAccount> bankAccounts;
    @JsonIgnore
    private final Map<String, JsonNode> additionalProperties;

    private NewSupplier(Builder builder) {
        // Unlike response lists, null stays null: it means "not set" and is not sent.
        this.name = Objects.requireNonNull(builder.name, "name is required");
        this.taxId = builder.taxId;
        this.countryCode = builder.countryCode;
        this.externalId = builder.externalId;
        this.customFields = builder.customFields == null ? null : List.copyOf(builder.customFields);
        this.address = builder.address;
        this.uic = builder.uic;
        this.vat = builder.vat;
        this.contactName = builder.contactName;
        this.contactEmail = builder.contactEmail;
        this.contactPhone = builder.contactPhone;
        this.bankAccounts = builder.bankAccounts == null ? null : List.copyOf(builder.bankAccounts);
        if (bankAccounts != null) {
            bankAccounts.forEach(NewSupplier::requireBankAccountBasics);
        }
        this.additionalProperties = builder.additionalProperties == null ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(builder.additionalProperties));
    }

    /** The API requires the payment scheme, currency and account holder of every bank account it is sent. */
    static void requireBankAccountBasics(SupplierBankAccount account) {
        Objects.requireNonNull(account.paymentScheme(), "bankAccounts[].paymentScheme is required");
        Objects.requireNonNull(account.currency(), "bankAccounts[].currency is required");
        Objects.requireNonNull(account.accountHolder(), "bankAccounts[].accountHolder is required");
    }

    /** A builder with nothing set. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this object's values, to build a changed copy. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** {@return name of the supplier company} */
    public String name() {
        return name;
    }

    /** {@return tax ID of the supplier company} */
    public String taxId() {
        return taxId;
    }

    /** {@return short code of the supplier's country} */
    public String countryCode() {
        return countryCode;
    }

    /** {@return the supplier's ID in the external system (the ERP's key)} */
    public String externalId() {
        return externalId;
    }

    /** {@return the supplier's custom field values; null if not set} */
    public List<NewSupplierCustomFieldData> customFields() {
        return customFields;
    }

    /** {@return address of the supplier company} */
    public String address() {
        return address;
    }

    /** {@return unified identification code of the supplier company} */
    public String uic() {
        return uic;
    }

    /** {@return tax number of the supplier company} */
    public String vat() {
        return vat;
    }

    /** {@return contact name for the supplier} */
    public String contactName() {
        return contactName;
    }

    /** {@return contact email for the supplier} */
    public String contactEmail() {
        return contactEmail;
    }

    /** {@return contact phone of the supplier} */
    public String contactPhone() {
        return contactPhone;
    }

    /** {@return bank account details (Payhawk keeps one per supplier); null if not set} */
    public List<SupplierBankAccount> bankAccounts() {
        return bankAccounts;
    }

    /** Fields of the JSON object this SDK version has no accessor for, by name; empty if none. Immutable. */
    @JsonAnyGetter
    public Map<String, JsonNode> additionalProperties() {
        return additionalProperties;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof NewSupplier that
                && Objects.equals(name, that.name)
                && Objects.equals(taxId, that.taxId)
                && Objects.equals(countryCode, that.countryCode)
                && Objects.equals(externalId, that.externalId)
                && Objects.equals(customFields, that.customFields)
                && Objects.equals(address, that.address)
                && Objects.equals(uic, that.uic)
                && Objects.equals(vat, that.vat)
                && Objects.equals(contactName, that.contactName)
                && Objects.equals(contactEmail, that.contactEmail)
                && Objects.equals(contactPhone, that.contactPhone)
                && Objects.equals(bankAccounts, that.bankAccounts)
                && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, taxId, countryCode, externalId, customFields, address, uic, vat, contactName,
                contactEmail, contactPhone, bankAccounts, additionalProperties);
    }

    @Override
    public String toString() {
        return "NewSupplier{name=" + name
                + ", taxId=" + taxId
                + ", countryCode=" + countryCode
                + ", externalId=" + externalId
                + ", customFields=" + customFields
                + ", address=" + address
                + ", uic=" + uic
                + ", vat=" + vat
                + ", contactName=" + contactName
                + ", contactEmail=" + contactEmail
                + ", contactPhone=" + contactPhone
                + ", bankAccounts=" + bankAccounts
                + ", additionalProperties=" + additionalProperties + '}';
    }

    /** Builds {@link NewSupplier} objects; not thread-safe. Unset fields stay null. */
    // Jackson reads JSON into the builder's fields: a reflective setter call per property would cost more.
    @JsonPOJOBuilder(withPrefix = "")
    @JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, setterVisibility = JsonAutoDetect.Visibility.NONE)
    public static final class Builder {
        private String name;
        private String taxId;
        private String countryCode;
        private String externalId;
        private List<NewSupplierCustomFieldData> customFields;
        private String address;
        private String uic;
        private String vat;
        private String contactName;
        private String contactEmail;
        private String contactPhone;
        private List<SupplierBankAccount> bankAccounts;
        /** Null until the first additional property: most objects have none. */
        @JsonIgnore
        private Map<String, JsonNode> additionalProperties;

        private Builder() {
        }

        private Builder(NewSupplier source) {
            this.name = source.name;
            this.taxId = source.taxId;
            this.countryCode = source.countryCode;
            this.externalId = source.externalId;
            this.customFields = source.customFields;
            this.address = source.address;
            this.uic = source.uic;
            this.vat = source.vat;
            this.contactName = source.contactName;
            this.contactEmail = source.contactEmail;
            this.contactPhone = source.contactPhone;
            this.bankAccounts = source.bankAccounts;
            this.additionalProperties = source.additionalProperties.isEmpty() ? null
                    : new LinkedHashMap<>(source.additionalProperties);
        }

        /** Sets {@link NewSupplier#name()}: name of the supplier company. Required. */
        public Builder name(String value) {
            this.name = value;
            return this;
        }

        /** Sets {@link NewSupplier#taxId()}: tax ID of the supplier company. */
        public Builder taxId(String value) {
            this.taxId = value;
            return this;
        }

        /** Sets {@link NewSupplier#countryCode()}: short code of the supplier's country. */
        public Builder countryCode(String value) {
            this.countryCode = value;
            return this;
        }

        /** Sets {@link NewSupplier#externalId()}: the supplier's ID in the external system (the ERP's key). */
        public Builder externalId(String value) {
            this.externalId = value;
            return this;
        }

        /** Sets {@link NewSupplier#customFields()}: the supplier's custom field values. */
        public Builder customFields(List<NewSupplierCustomFieldData> value) {
            this.customFields = value;
            return this;
        }

        /** Sets {@link NewSupplier#address()}: address of the supplier company. */
        public Builder address(String value) {
            this.address = value;
            return this;
        }

        /** Sets {@link NewSupplier#uic()}: unified identification code of the supplier company. */
        public Builder uic(String value) {
            this.uic = value;
            return this;
        }

        /** Sets {@link NewSupplier#vat()}: tax number of the supplier company. */
        public Builder vat(String value) {
            this.vat = value;
            return this;
        }

        /** Sets {@link NewSupplier#contactName()}: contact name for the supplier. */
        public Builder contactName(String value) {
            this.contactName = value;
            return this;
        }

        /** Sets {@link NewSupplier#contactEmail()}: contact email for the supplier. */
        public Builder contactEmail(String value) {
            this.contactEmail = value;
            return this;
        }

        /** Sets {@link NewSupplier#contactPhone()}: contact phone of the supplier. */
        public Builder contactPhone(String value) {
            this.contactPhone = value;
            return this;
        }

        /** Sets {@link NewSupplier#bankAccounts()}: bank account details (Payhawk keeps one per supplier). */
        public Builder bankAccounts(List<SupplierBankAccount> value) {
            this.bankAccounts = value;
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
         * The {@link NewSupplier}, checked before anything is sent.
         *
         * @throws NullPointerException if the name, or a bank account's payment scheme, currency or account holder, was not set (the API requires them)
         */
        public NewSupplier build() {
            return new NewSupplier(this);
        }
    }
}
