package io.github.payhawk4j.model.expense;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import com.fasterxml.jackson.databind.node.NullNode;
import io.github.payhawk4j.model.supplier.SupplierBankAccount;
import io.github.payhawk4j.model.supplier.SupplierCustomFieldData;
import io.github.payhawk4j.model.supplier.SupplierStatus;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything known about the supplier of an expense ({@code IExpenseSupplier}).
 *
 * <p>Immutable. Fields Payhawk sends that this SDK version does not know are kept in
 * {@link #additionalProperties()}; build one for a test with {@link #builder()}.
 */
@JsonDeserialize(builder = ExpenseSupplier.Builder.class)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE, isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public final class ExpenseSupplier {

    private final String taxId;
    private final String countryCode;
    private final String externalId;
    private final String address;
    private final String uic;
    private final String vat;
    private final String contactName;
    private final String contactEmail;
    private final String contactPhone;
    private final List<SupplierBankAccount> bankAccounts;
    private final String externalSource;
    private final List<SupplierCustomFieldData> customFields;
    private final SupplierStatus status;
    private final String id;
    private final String name;
    @JsonIgnore
    private final Map<String, JsonNode> additionalProperties;

    private ExpenseSupplier(Builder builder) {
        this.taxId = builder.taxId;
        this.countryCode = builder.countryCode;
        this.externalId = builder.externalId;
        this.address = builder.address;
        this.uic = builder.uic;
        this.vat = builder.vat;
        this.contactName = builder.contactName;
        this.contactEmail = builder.contactEmail;
        this.contactPhone = builder.contactPhone;
        this.bankAccounts = builder.bankAccounts == null ? List.of() : List.copyOf(builder.bankAccounts);
        this.externalSource = builder.externalSource;
        this.customFields = builder.customFields == null ? List.of() : List.copyOf(builder.customFields);
        this.status = builder.status;
        this.id = builder.id;
        this.name = builder.name;
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

    /** {@return tax ID of the supplier company} */
    public String taxId() {
        return taxId;
    }

    /** {@return short code of supplier's country} */
    public String countryCode() {
        return countryCode;
    }

    /** {@return supplier's ID in the external system} */
    public String externalId() {
        return externalId;
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

    /**
     * {@return the supplier's bank accounts; Payhawk currently supports one per supplier; never null, empty if absent}
     */
    public List<SupplierBankAccount> bankAccounts() {
        return bankAccounts;
    }

    /** {@return identifier of the external system the supplier originates from} */
    public String externalSource() {
        return externalSource;
    }

    /** {@return the supplier's custom fields; never null, empty if absent} */
    public List<SupplierCustomFieldData> customFields() {
        return customFields;
    }

    /** {@return the supplier's current status} */
    public SupplierStatus status() {
        return status;
    }

    /** {@return unique identifier of the supplier} */
    public String id() {
        return id;
    }

    /** {@return name of the supplier company} */
    public String name() {
        return name;
    }

    /** Fields of the JSON object this SDK version has no accessor for, by name; empty if none. Immutable. */
    @JsonAnyGetter
    public Map<String, JsonNode> additionalProperties() {
        return additionalProperties;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof ExpenseSupplier that && Objects.equals(taxId, that.taxId)
                && Objects.equals(countryCode, that.countryCode) && Objects.equals(externalId, that.externalId)
                && Objects.equals(address, that.address) && Objects.equals(uic, that.uic)
                && Objects.equals(vat, that.vat) && Objects.equals(contactName, that.contactName)
                && Objects.equals(contactEmail, that.contactEmail)
                && Objects.equals(contactPhone, that.contactPhone)
                && Objects.equals(bankAccounts, that.bankAccounts)
                && Objects.equals(externalSource, that.externalSource)
                && Objects.equals(customFields, that.customFields) && Objects.equals(status, that.status)
                && Objects.equals(id, that.id) && Objects.equals(name, that.name)
                && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(taxId, countryCode, externalId, address, uic, vat, contactName, contactEmail, contactPhone
                , bankAccounts, externalSource, customFields, status, id, name, additionalProperties);
    }

    @Override
    public String toString() {
        return "ExpenseSupplier{taxId=" + taxId + ", countryCode=" + countryCode + ", externalId=" + externalId
                + ", address=" + address + ", uic=" + uic + ", vat=" + vat + ", contactName=" + contactName
                + ", contactEmail=" + contactEmail + ", contactPhone=" + contactPhone
                + ", bankAccounts=" + bankAccounts + ", externalSource=" + externalSource
                + ", customFields=" + customFields + ", status=" + status + ", id=" + id + ", name=" + name
                + ", additionalProperties=" + additionalProperties + '}';
    }

    /** Builds {@link ExpenseSupplier} objects; not thread-safe. Unset fields stay null (lists empty). */
    // Jackson reads JSON into the builder's fields: a reflective setter call per property would cost more.
    @JsonPOJOBuilder(withPrefix = "")
    @JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, setterVisibility = JsonAutoDetect.Visibility.NONE)
    public static final class Builder {
        private String taxId;
        private String countryCode;
        private String externalId;
        private String address;
        private String uic;
        private String vat;
        private String contactName;
        private String contactEmail;
        private String contactPhone;
        private List<SupplierBankAccount> bankAccounts;
        private String externalSource;
        private List<SupplierCustomFieldData> customFields;
        private SupplierStatus status;
        private String id;
        private String name;
        /** Null until the first additional property: most objects have none. */
        @JsonIgnore
        private Map<String, JsonNode> additionalProperties;

        private Builder() {
        }

        private Builder(ExpenseSupplier source) {
            this.taxId = source.taxId;
            this.countryCode = source.countryCode;
            this.externalId = source.externalId;
            this.address = source.address;
            this.uic = source.uic;
            this.vat = source.vat;
            this.contactName = source.contactName;
            this.contactEmail = source.contactEmail;
            this.contactPhone = source.contactPhone;
            this.bankAccounts = source.bankAccounts;
            this.externalSource = source.externalSource;
            this.customFields = source.customFields;
            this.status = source.status;
            this.id = source.id;
            this.name = source.name;
            this.additionalProperties = source.additionalProperties.isEmpty() ? null
                    : new LinkedHashMap<>(source.additionalProperties);
        }

        /** Sets {@link ExpenseSupplier#taxId()}: tax ID of the supplier company. */
        public Builder taxId(String value) {
            this.taxId = value;
            return this;
        }

        /** Sets {@link ExpenseSupplier#countryCode()}: short code of supplier's country. */
        public Builder countryCode(String value) {
            this.countryCode = value;
            return this;
        }

        /** Sets {@link ExpenseSupplier#externalId()}: supplier's ID in the external system. */
        public Builder externalId(String value) {
            this.externalId = value;
            return this;
        }

        /** Sets {@link ExpenseSupplier#address()}: address of the supplier company. */
        public Builder address(String value) {
            this.address = value;
            return this;
        }

        /** Sets {@link ExpenseSupplier#uic()}: unified identification code of the supplier company. */
        public Builder uic(String value) {
            this.uic = value;
            return this;
        }

        /** Sets {@link ExpenseSupplier#vat()}: tax number of the supplier company. */
        public Builder vat(String value) {
            this.vat = value;
            return this;
        }

        /** Sets {@link ExpenseSupplier#contactName()}: contact name for the supplier. */
        public Builder contactName(String value) {
            this.contactName = value;
            return this;
        }

        /** Sets {@link ExpenseSupplier#contactEmail()}: contact email for the supplier. */
        public Builder contactEmail(String value) {
            this.contactEmail = value;
            return this;
        }

        /** Sets {@link ExpenseSupplier#contactPhone()}: contact phone of the supplier. */
        public Builder contactPhone(String value) {
            this.contactPhone = value;
            return this;
        }

        /**
         * Sets {@link ExpenseSupplier#bankAccounts()}: the supplier's bank accounts; Payhawk currently supports one per
         * supplier.
         */
        public Builder bankAccounts(List<SupplierBankAccount> value) {
            this.bankAccounts = value;
            return this;
        }

        /**
         * Sets {@link ExpenseSupplier#externalSource()}: identifier of the external system the supplier originates
         * from.
         */
        public Builder externalSource(String value) {
            this.externalSource = value;
            return this;
        }

        /** Sets {@link ExpenseSupplier#customFields()}: the supplier's custom fields. */
        public Builder customFields(List<SupplierCustomFieldData> value) {
            this.customFields = value;
            return this;
        }

        /** Sets {@link ExpenseSupplier#status()}: the supplier's current status. */
        public Builder status(SupplierStatus value) {
            this.status = value;
            return this;
        }

        /** Sets {@link ExpenseSupplier#id()}: unique identifier of the supplier. */
        public Builder id(String value) {
            this.id = value;
            return this;
        }

        /** Sets {@link ExpenseSupplier#name()}: name of the supplier company. */
        public Builder name(String value) {
            this.name = value;
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

        /** The {@link ExpenseSupplier}. */
        public ExpenseSupplier build() {
            return new ExpenseSupplier(this);
        }
    }
}
