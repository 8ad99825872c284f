package io.github.payhawk4j.model.expense;

import io.github.payhawk4j.model.FileUpload;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An invoice to submit ({@code INewInvoiceRequest}): the invoice file and its metadata, sent as
 * {@code multipart/form-data}; Payhawk tries to match it to a card expense.
 *
 * <p>Immutable. {@link Builder#build()} refuses a missing required field ({@code id}, {@code provider},
 * {@code supplierName}, {@code totalAmount}, {@code taxAmount}, {@code currency}, {@code paidAt},
 * {@code documentDate}, {@code file}) before anything is sent.
 */
public final class NewInvoice {

    private final String id;
    private final String provider;
    private final String supplierName;
    private final String supplierVat;
    private final String supplierCountry;
    private final BigDecimal totalAmount;
    private final BigDecimal taxAmount;
    private final String currency;
    private final Instant paidAt;
    private final Instant documentDate;
    private final String documentNumber;
    private final String reference;
    private final List<NewInvoiceItem> items;
    private final FileUpload file;

    private NewInvoice(Builder builder) {
        this.id = Objects.requireNonNull(builder.id, "id is required");
        this.provider = Objects.requireNonNull(builder.provider, "provider is required");
        this.supplierName = Objects.requireNonNull(builder.supplierName, "supplierName is required");
        this.supplierVat = builder.supplierVat;
        this.supplierCountry = builder.supplierCountry;
        this.totalAmount = Objects.requireNonNull(builder.totalAmount, "totalAmount is required");
        this.taxAmount = Objects.requireNonNull(builder.taxAmount, "taxAmount is required");
        this.currency = Objects.requireNonNull(builder.currency, "currency is required");
        this.paidAt = Objects.requireNonNull(builder.paidAt, "paidAt is required");
        this.documentDate = Objects.requireNonNull(builder.documentDate, "documentDate is required");
        this.documentNumber = builder.documentNumber;
        this.reference = builder.reference;
        this.items = builder.items == null ? List.of() : List.copyOf(builder.items);
        this.file = Objects.requireNonNull(builder.file, "file is required");
    }

    /** A builder with nothing set. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this invoice's values, to build a changed copy. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** {@return unique identifier of the invoice (in the provider's system)} */
    public String id() {
        return id;
    }

    /** {@return provider of the invoice} */
    public String provider() {
        return provider;
    }

    /** {@return supplier of the invoice} */
    public String supplierName() {
        return supplierName;
    }

    /** {@return VAT number of the invoice's supplier} */
    public String supplierVat() {
        return supplierVat;
    }

    /** {@return country of the invoice's supplier} */
    public String supplierCountry() {
        return supplierCountry;
    }

    /** {@return total amount of the invoice} */
    public BigDecimal totalAmount() {
        return totalAmount;
    }

    /** {@return tax amount of the invoice} */
    public BigDecimal taxAmount() {
        return taxAmount;
    }

    /** {@return currency of the invoice (ISO 4217 code)} */
    public String currency() {
        return currency;
    }

    /** {@return when the invoice was paid} */
    public Instant paidAt() {
        return paidAt;
    }

    /** {@return when the document was issued} */
    public Instant documentDate() {
        return documentDate;
    }

    /** {@return document number} */
    public String documentNumber() {
        return documentNumber;
    }

    /** {@return additional reference of the invoice} */
    public String reference() {
        return reference;
    }

    /** {@return the invoice's lines; never null, empty if none are sent} */
    public List<NewInvoiceItem> items() {
        return items;
    }

    /** {@return the invoice document to upload} */
    public FileUpload file() {
        return file;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof NewInvoice that && id.equals(that.id) && provider.equals(that.provider)
                && supplierName.equals(that.supplierName) && Objects.equals(supplierVat, that.supplierVat)
                && Objects.equals(supplierCountry, that.supplierCountry) && totalAmount.equals(that.totalAmount)
                && taxAmount.equals(that.taxAmount) && currency.equals(that.currency) && paidAt.equals(that.paidAt)
                && documentDate.equals(that.documentDate) && Objects.equals(documentNumber, that.documentNumber)
                && Objects.equals(reference, that.reference) && items.equals(that.items) && file.equals(that.file);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, provider, supplierName, supplierVat, supplierCountry, totalAmount, taxAmount, currency,
                paidAt, documentDate, documentNumber, reference, items, file);
    }

    @Override
    public String toString() {
        return "NewInvoice{id=" + id + ", provider=" + provider + ", supplierName=" + supplierName + ", supplierVat="
                + supplierVat + ", supplierCountry=" + supplierCountry + ", totalAmount=" + totalAmount + ", taxAmount="
                + taxAmount + ", currency=" + currency + ", paidAt=" + paidAt + ", documentDate=" + documentDate
                + ", documentNumber=" + documentNumber + ", reference=" + reference + ", items=" + items + ", file=" + file + '}';
    }

    /** Builds {@link NewInvoice} objects; not thread-safe. */
    public static final class Builder {
        private String id;
        private String provider;
        private String supplierName;
        private String supplierVat;
        private String supplierCountry;
        private BigDecimal totalAmount;
        private BigDecimal taxAmount;
        private String currency;
        private Instant paidAt;
        private Instant documentDate;
        private String documentNumber;
        private String reference;
        private List<NewInvoiceItem> items;
        private FileUpload file;

        private Builder() {
        }

        private Builder(NewInvoice source) {
            this.id = source.id;
            this.provider = source.provider;
            this.supplierName = source.supplierName;
            this.supplierVat = source.supplierVat;
            this.supplierCountry = source.supplierCountry;
            this.totalAmount = source.totalAmount;
            this.taxAmount = source.taxAmount;
            this.currency = source.currency;
            this.paidAt = source.paidAt;
            this.documentDate = source.documentDate;
            this.documentNumber = source.documentNumber;
            this.reference = source.reference;
            this.items = source.items;
            this.file = source.file;
        }

        /** Sets {@link NewInvoice#id()} (required). */
        public Builder id(String value) {
            this.id = value;
            return this;
        }

        /** Sets {@link NewInvoice#provider()} (required). */
        public Builder provider(String value) {
            this.provider = value;
            return this;
        }

        /** Sets {@link NewInvoice#supplierName()} (required). */
        public Builder supplierName(String value) {
            this.supplierName = value;
            return this;
        }

        /** Sets {@link NewInvoice#supplierVat()}. */
        public Builder supplierVat(String value) {
            this.supplierVat = value;
            return this;
        }

        /** Sets {@link NewInvoice#supplierCountry()}. */
        public Builder supplierCountry(String value) {
            this.supplierCountry = value;
            return this;
        }

        /** Sets {@link NewInvoice#totalAmount()} (required). */
        public Builder totalAmount(BigDecimal value) {
            this.totalAmount = value;
            return this;
        }

        /** Sets {@link NewInvoice#taxAmount()} (required). */
        public Builder taxAmount(BigDecimal value) {
            this.taxAmount = value;
            return this;
        }

        /** Sets {@link NewInvoice#currency()} (required). */
        public Builder currency(String value) {
            this.currency = value;
            return this;
        }

        /** Sets {@link NewInvoice#paidAt()} (required). */
        public Builder paidAt(Instant value) {
            this.paidAt = value;
            return this;
        }

        /** Sets {@link NewInvoice#documentDate()} (required). */
        public Builder documentDate(Instant value) {
            this.documentDate = value;
            return this;
        }

        /** Sets {@link NewInvoice#documentNumber()}. */
        public Builder documentNumber(String value) {
            this.documentNumber = value;
            return this;
        }

        /** Sets {@link NewInvoice#reference()}. */
        public Builder reference(String value) {
            this.reference = value;
            return this;
        }

        /** Sets {@link NewInvoice#items()}. */
        public Builder items(List<NewInvoiceItem> value) {
            this.items = value;
            return this;
        }

        /** Sets {@link NewInvoice#file()} (required). */
        public Builder file(FileUpload value) {
            this.file = value;
            return this;
        }

        /**
         * The {@link NewInvoice}.
         *
         * @throws NullPointerException naming the first required field that is not set
         */
        public NewInvoice build() {
            return new NewInvoice(this);
        }
    }
}
