package io.github.payhawk4j.model.expense;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import com.fasterxml.jackson.databind.node.NullNode;
import io.github.payhawk4j.model.Actor;
import io.github.payhawk4j.model.ExternalLink;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A Payhawk expense ({@code IExpense}).
 *
 * <p>Immutable. Fields Payhawk sends that this SDK version does not know are kept in
 * {@link #additionalProperties()}; build one for a test with {@link #builder()}.
 */
@JsonDeserialize(builder = Expense.Builder.class)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE, isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public final class Expense {

    private final String id;
    private final Instant createdAt;
    private final Actor createdBy;
    private final Instant settledAt;
    private final Instant reviewedAt;
    private final ExpenseType type;
    private final ExpenseStatus status;
    private final boolean isPaid;
    private final String title;
    private final ExpenseCategory category;
    private final String note;
    private final List<LineItem> lineItems;
    private final Reconciliation reconciliation;
    private final TaxRate taxRate;
    private final ExpenseDocument document;
    private final ExpenseSupplier supplier;
    private final List<ExternalLink> externalLinks;
    private final ExpensePerDiem perDiem;
    private final ExpenseMileage mileage;
    private final Amortization amortization;
    @JsonIgnore
    private final Map<String, JsonNode> additionalProperties;

    private Expense(Builder builder) {
        this.id = builder.id;
        this.createdAt = builder.createdAt;
        this.createdBy = builder.createdBy;
        this.settledAt = builder.settledAt;
        this.reviewedAt = builder.reviewedAt;
        this.type = builder.type;
        this.status = builder.status;
        this.isPaid = builder.isPaid;
        this.title = builder.title;
        this.category = builder.category;
        this.note = builder.note;
        this.lineItems = builder.lineItems == null ? List.of() : List.copyOf(builder.lineItems);
        this.reconciliation = builder.reconciliation;
        this.taxRate = builder.taxRate;
        this.document = builder.document;
        this.supplier = builder.supplier;
        this.externalLinks = builder.externalLinks == null ? List.of() : List.copyOf(builder.externalLinks);
        this.perDiem = builder.perDiem;
        this.mileage = builder.mileage;
        this.amortization = builder.amortization;
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

    /** {@return unique identifier of the expense} */
    public String id() {
        return id;
    }

    /** {@return date the expense was created} */
    public Instant createdAt() {
        return createdAt;
    }

    /** {@return who created the expense} */
    public Actor createdBy() {
        return createdBy;
    }

    /** {@return date the expense was settled} */
    public Instant settledAt() {
        return settledAt;
    }

    /** {@return date the expense was reviewed} */
    public Instant reviewedAt() {
        return reviewedAt;
    }

    /** {@return type of the expense payment} */
    public ExpenseType type() {
        return type;
    }

    /** {@return status of the expense} */
    public ExpenseStatus status() {
        return status;
    }

    /** {@return whether the expense is paid} */
    public boolean isPaid() {
        return isPaid;
    }

    /** {@return user-friendly title of the expense} */
    public String title() {
        return title;
    }

    /** {@return the category the expense is booked under, if any} */
    public ExpenseCategory category() {
        return category;
    }

    /** {@return note from the cardholder of the expense as submitted by the Payhawk mobile app} */
    public String note() {
        return note;
    }

    /** {@return the expense's line items; never null, empty if absent} */
    public List<LineItem> lineItems() {
        return lineItems;
    }

    /** {@return amounts, currencies and custom fields of the whole expense} */
    public Reconciliation reconciliation() {
        return reconciliation;
    }

    /** {@return the tax rate of the expense, if any} */
    public TaxRate taxRate() {
        return taxRate;
    }

    /** {@return the receipt or invoice behind the expense, if any} */
    public ExpenseDocument document() {
        return document;
    }

    /** {@return the supplier of the expense, if known} */
    public ExpenseSupplier supplier() {
        return supplier;
    }

    /** {@return the links to external system records; never null, empty if absent} */
    public List<ExternalLink> externalLinks() {
        return externalLinks;
    }

    /** {@return per diem details; set only for per diem expenses} */
    public ExpensePerDiem perDiem() {
        return perDiem;
    }

    /** {@return mileage details; set only for mileage expenses} */
    public ExpenseMileage mileage() {
        return mileage;
    }

    /** {@return the amortization period, if the expense is amortized} */
    public Amortization amortization() {
        return amortization;
    }

    /** Fields of the JSON object this SDK version has no accessor for, by name; empty if none. Immutable. */
    @JsonAnyGetter
    public Map<String, JsonNode> additionalProperties() {
        return additionalProperties;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Expense that && Objects.equals(id, that.id)
                && Objects.equals(createdAt, that.createdAt) && Objects.equals(createdBy, that.createdBy)
                && Objects.equals(settledAt, that.settledAt) && Objects.equals(reviewedAt, that.reviewedAt)
                && Objects.equals(type, that.type) && Objects.equals(status, that.status)
                && isPaid == that.isPaid && Objects.equals(title, that.title)
                && Objects.equals(category, that.category) && Objects.equals(note, that.note)
                && Objects.equals(lineItems, that.lineItems)
                && Objects.equals(reconciliation, that.reconciliation) && Objects.equals(taxRate, that.taxRate)
                && Objects.equals(document, that.document) && Objects.equals(supplier, that.supplier)
                && Objects.equals(externalLinks, that.externalLinks) && Objects.equals(perDiem, that.perDiem)
                && Objects.equals(mileage, that.mileage) && Objects.equals(amortization, that.amortization)
                && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, createdAt, createdBy, settledAt, reviewedAt, type, status, isPaid, title, category, note
                , lineItems, reconciliation, taxRate, document, supplier, externalLinks, perDiem, mileage
                , amortization, additionalProperties);
    }

    @Override
    public String toString() {
        return "Expense{id=" + id + ", createdAt=" + createdAt + ", createdBy=" + createdBy + ", settledAt=" + settledAt
                + ", reviewedAt=" + reviewedAt + ", type=" + type + ", status=" + status + ", isPaid=" + isPaid
                + ", title=" + title + ", category=" + category + ", note=" + note + ", lineItems=" + lineItems
                + ", reconciliation=" + reconciliation + ", taxRate=" + taxRate + ", document=" + document
                + ", supplier=" + supplier + ", externalLinks=" + externalLinks + ", perDiem=" + perDiem
                + ", mileage=" + mileage + ", amortization=" + amortization
                + ", additionalProperties=" + additionalProperties + '}';
    }

    /** Builds {@link Expense} objects; not thread-safe. Unset fields stay null (lists empty). */
    // Jackson reads JSON into the builder's fields: a reflective setter call per property would cost more.
    @JsonPOJOBuilder(withPrefix = "")
    @JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, setterVisibility = JsonAutoDetect.Visibility.NONE)
    public static final class Builder {
        private String id;
        private Instant createdAt;
        private Actor createdBy;
        private Instant settledAt;
        private Instant reviewedAt;
        private ExpenseType type;
        private ExpenseStatus status;
        private boolean isPaid;
        private String title;
        private ExpenseCategory category;
        private String note;
        private List<LineItem> lineItems;
        private Reconciliation reconciliation;
        private TaxRate taxRate;
        private ExpenseDocument document;
        private ExpenseSupplier supplier;
        private List<ExternalLink> externalLinks;
        private ExpensePerDiem perDiem;
        private ExpenseMileage mileage;
        private Amortization amortization;
        /** Null until the first additional property: most objects have none. */
        @JsonIgnore
        private Map<String, JsonNode> additionalProperties;

        private Builder() {
        }

        private Builder(Expense source) {
            this.id = source.id;
            this.createdAt = source.createdAt;
            this.createdBy = source.createdBy;
            this.settledAt = source.settledAt;
            this.reviewedAt = source.reviewedAt;
            this.type = source.type;
            this.status = source.status;
            this.isPaid = source.isPaid;
            this.title = source.title;
            this.category = source.category;
            this.note = source.note;
            this.lineItems = source.lineItems;
            this.reconciliation = source.reconciliation;
            this.taxRate = source.taxRate;
            this.document = source.document;
            this.supplier = source.supplier;
            this.externalLinks = source.externalLinks;
            this.perDiem = source.perDiem;
            this.mileage = source.mileage;
            this.amortization = source.amortization;
            this.additionalProperties = source.additionalProperties.isEmpty() ? null
                    : new LinkedHashMap<>(source.additionalProperties);
        }

        /** Sets {@link Expense#id()}: unique identifier of the expense. */
        public Builder id(String value) {
            this.id = value;
            return this;
        }

        /** Sets {@link Expense#createdAt()}: date the expense was created. */
        public Builder createdAt(Instant value) {
            this.createdAt = value;
            return this;
        }

        /** Sets {@link Expense#createdBy()}: who created the expense. */
        public Builder createdBy(Actor value) {
            this.createdBy = value;
            return this;
        }

        /** Sets {@link Expense#settledAt()}: date the expense was settled. */
        public Builder settledAt(Instant value) {
            this.settledAt = value;
            return this;
        }

        /** Sets {@link Expense#reviewedAt()}: date the expense was reviewed. */
        public Builder reviewedAt(Instant value) {
            this.reviewedAt = value;
            return this;
        }

        /** Sets {@link Expense#type()}: type of the expense payment. */
        public Builder type(ExpenseType value) {
            this.type = value;
            return this;
        }

        /** Sets {@link Expense#status()}: status of the expense. */
        public Builder status(ExpenseStatus value) {
            this.status = value;
            return this;
        }

        /** Sets {@link Expense#isPaid()}: whether the expense is paid. */
        public Builder isPaid(boolean value) {
            this.isPaid = value;
            return this;
        }

        /** Sets {@link Expense#title()}: user-friendly title of the expense. */
        public Builder title(String value) {
            this.title = value;
            return this;
        }

        /** Sets {@link Expense#category()}: the category the expense is booked under, if any. */
        public Builder category(ExpenseCategory value) {
            this.category = value;
            return this;
        }

        /**
         * Sets {@link Expense#note()}: note from the cardholder of the expense as submitted by the Payhawk mobile app.
         */
        public Builder note(String value) {
            this.note = value;
            return this;
        }

        /** Sets {@link Expense#lineItems()}: the expense's line items. */
        public Builder lineItems(List<LineItem> value) {
            this.lineItems = value;
            return this;
        }

        /** Sets {@link Expense#reconciliation()}: amounts, currencies and custom fields of the whole expense. */
        public Builder reconciliation(Reconciliation value) {
            this.reconciliation = value;
            return this;
        }

        /** Sets {@link Expense#taxRate()}: the tax rate of the expense, if any. */
        public Builder taxRate(TaxRate value) {
            this.taxRate = value;
            return this;
        }

        /** Sets {@link Expense#document()}: the receipt or invoice behind the expense, if any. */
        public Builder document(ExpenseDocument value) {
            this.document = value;
            return this;
        }

        /** Sets {@link Expense#supplier()}: the supplier of the expense, if known. */
        public Builder supplier(ExpenseSupplier value) {
            this.supplier = value;
            return this;
        }

        /** Sets {@link Expense#externalLinks()}: the links to external system records. */
        public Builder externalLinks(List<ExternalLink> value) {
            this.externalLinks = value;
            return this;
        }

        /** Sets {@link Expense#perDiem()}: per diem details; set only for per diem expenses. */
        public Builder perDiem(ExpensePerDiem value) {
            this.perDiem = value;
            return this;
        }

        /** Sets {@link Expense#mileage()}: mileage details; set only for mileage expenses. */
        public Builder mileage(ExpenseMileage value) {
            this.mileage = value;
            return this;
        }

        /** Sets {@link Expense#amortization()}: the amortization period, if the expense is amortized. */
        public Builder amortization(Amortization value) {
            this.amortization = value;
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

        /** The {@link Expense}. */
        public Expense build() {
            return new Expense(this);
        }
    }
}
