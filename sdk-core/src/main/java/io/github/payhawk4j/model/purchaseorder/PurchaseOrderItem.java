package io.github.payhawk4j.model.purchaseorder;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import com.fasterxml.jackson.databind.node.NullNode;
import io.github.payhawk4j.model.CustomFieldData;
import io.github.payhawk4j.model.ObjectReference;
import io.github.payhawk4j.model.expense.Amortization;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One item of a purchase order ({@code IPurchaseOrderItem}).
 *
 * <p>Immutable. Fields Payhawk sends that this SDK version does not know are kept in
 * {@link #additionalProperties()}; build one for a test with {@link #builder()}.
 */
@JsonDeserialize(builder = PurchaseOrderItem.Builder.class)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE, isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public final class PurchaseOrderItem {

    private final String description;
    private final PurchaseOrderUnit units;
    private final BigDecimal purchasedQuantity;
    private final BigDecimal unitPrice;
    private final ObjectReference expenseCategory;
    private final List<CustomFieldData> expenseCustomFields;
    private final Amortization amortization;
    private final String id;
    private final Instant createdAt;
    private final BigDecimal totalPurchasedAmount;
    private final QuantityStatus quantityStatus;
    private final BigDecimal receivedQuantity;
    private final PurchaseOrderType type;
    @JsonIgnore
    private final Map<String, JsonNode> additionalProperties;

    private PurchaseOrderItem(Builder builder) {
        this.description = builder.description;
        this.units = builder.units;
        this.purchasedQuantity = builder.purchasedQuantity;
        this.unitPrice = builder.unitPrice;
        this.expenseCategory = builder.expenseCategory;
        this.expenseCustomFields = builder.expenseCustomFields == null ? List.of() : List.copyOf(builder.expenseCustomFields);
        this.amortization = builder.amortization;
        this.id = builder.id;
        this.createdAt = builder.createdAt;
        this.totalPurchasedAmount = builder.totalPurchasedAmount;
        this.quantityStatus = builder.quantityStatus;
        this.receivedQuantity = builder.receivedQuantity;
        this.type = builder.type;
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

    /** {@return user-friendly description of the purchase order item} */
    public String description() {
        return description;
    }

    /** {@return unit of the purchase order item} */
    public PurchaseOrderUnit units() {
        return units;
    }

    /** {@return quantity of the purchase order item} */
    public BigDecimal purchasedQuantity() {
        return purchasedQuantity;
    }

    /** {@return price of the purchase order item unit} */
    public BigDecimal unitPrice() {
        return unitPrice;
    }

    /** {@return the expense category of the item, if set} */
    public ObjectReference expenseCategory() {
        return expenseCategory;
    }

    /** {@return custom fields of the purchase order item; never null, empty if absent} */
    public List<CustomFieldData> expenseCustomFields() {
        return expenseCustomFields;
    }

    /** {@return the amortization period of the item, if amortized} */
    public Amortization amortization() {
        return amortization;
    }

    /** {@return unique identifier of the purchase order item} */
    public String id() {
        return id;
    }

    /** {@return date the purchase order item was created} */
    public Instant createdAt() {
        return createdAt;
    }

    /** {@return total amount of the purchase order item} */
    public BigDecimal totalPurchasedAmount() {
        return totalPurchasedAmount;
    }

    /** {@return status of the purchase order item quantity} */
    public QuantityStatus quantityStatus() {
        return quantityStatus;
    }

    /** {@return the quantity received so far, summed over all receipt notes} */
    public BigDecimal receivedQuantity() {
        return receivedQuantity;
    }

    /** {@return type of the purchase order item} */
    public PurchaseOrderType type() {
        return type;
    }

    /** Fields of the JSON object this SDK version has no accessor for, by name; empty if none. Immutable. */
    @JsonAnyGetter
    public Map<String, JsonNode> additionalProperties() {
        return additionalProperties;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof PurchaseOrderItem that && Objects.equals(description, that.description)
                && Objects.equals(units, that.units)
                && Objects.equals(purchasedQuantity, that.purchasedQuantity)
                && Objects.equals(unitPrice, that.unitPrice)
                && Objects.equals(expenseCategory, that.expenseCategory)
                && Objects.equals(expenseCustomFields, that.expenseCustomFields)
                && Objects.equals(amortization, that.amortization) && Objects.equals(id, that.id)
                && Objects.equals(createdAt, that.createdAt)
                && Objects.equals(totalPurchasedAmount, that.totalPurchasedAmount)
                && Objects.equals(quantityStatus, that.quantityStatus)
                && Objects.equals(receivedQuantity, that.receivedQuantity) && Objects.equals(type, that.type)
                && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(description, units, purchasedQuantity, unitPrice, expenseCategory, expenseCustomFields
                , amortization, id, createdAt, totalPurchasedAmount, quantityStatus, receivedQuantity, type
                , additionalProperties);
    }

    @Override
    public String toString() {
        return "PurchaseOrderItem{description=" + description + ", units=" + units
                + ", purchasedQuantity=" + purchasedQuantity + ", unitPrice=" + unitPrice
                + ", expenseCategory=" + expenseCategory + ", expenseCustomFields=" + expenseCustomFields
                + ", amortization=" + amortization + ", id=" + id + ", createdAt=" + createdAt
                + ", totalPurchasedAmount=" + totalPurchasedAmount + ", quantityStatus=" + quantityStatus
                + ", receivedQuantity=" + receivedQuantity + ", type=" + type
                + ", additionalProperties=" + additionalProperties + '}';
    }

    /** Builds {@link PurchaseOrderItem} objects; not thread-safe. Unset fields stay null (lists empty). */
    // Jackson reads JSON into the builder's fields: a reflective setter call per property would cost more.
    @JsonPOJOBuilder(withPrefix = "")
    @JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, setterVisibility = JsonAutoDetect.Visibility.NONE)
    public static final class Builder {
        private String description;
        private PurchaseOrderUnit units;
        private BigDecimal purchasedQuantity;
        private BigDecimal unitPrice;
        private ObjectReference expenseCategory;
        private List<CustomFieldData> expenseCustomFields;
        private Amortization amortization;
        private String id;
        private Instant createdAt;
        private BigDecimal totalPurchasedAmount;
        private QuantityStatus quantityStatus;
        private BigDecimal receivedQuantity;
        private PurchaseOrderType type;
        /** Null until the first additional property: most objects have none. */
        @JsonIgnore
        private Map<String, JsonNode> additionalProperties;

        private Builder() {
        }

        private Builder(PurchaseOrderItem source) {
            this.description = source.description;
            this.units = source.units;
            this.purchasedQuantity = source.purchasedQuantity;
            this.unitPrice = source.unitPrice;
            this.expenseCategory = source.expenseCategory;
            this.expenseCustomFields = source.expenseCustomFields;
            this.amortization = source.amortization;
            this.id = source.id;
            this.createdAt = source.createdAt;
            this.totalPurchasedAmount = source.totalPurchasedAmount;
            this.quantityStatus = source.quantityStatus;
            this.receivedQuantity = source.receivedQuantity;
            this.type = source.type;
            this.additionalProperties = source.additionalProperties.isEmpty() ? null
                    : new LinkedHashMap<>(source.additionalProperties);
        }

        /** Sets {@link PurchaseOrderItem#description()}: user-friendly description of the purchase order item. */
        public Builder description(String value) {
            this.description = value;
            return this;
        }

        /** Sets {@link PurchaseOrderItem#units()}: unit of the purchase order item. */
        public Builder units(PurchaseOrderUnit value) {
            this.units = value;
            return this;
        }

        /** Sets {@link PurchaseOrderItem#purchasedQuantity()}: quantity of the purchase order item. */
        public Builder purchasedQuantity(BigDecimal value) {
            this.purchasedQuantity = value;
            return this;
        }

        /** Sets {@link PurchaseOrderItem#unitPrice()}: price of the purchase order item unit. */
        public Builder unitPrice(BigDecimal value) {
            this.unitPrice = value;
            return this;
        }

        /** Sets {@link PurchaseOrderItem#expenseCategory()}: the expense category of the item, if set. */
        public Builder expenseCategory(ObjectReference value) {
            this.expenseCategory = value;
            return this;
        }

        /** Sets {@link PurchaseOrderItem#expenseCustomFields()}: custom fields of the purchase order item. */
        public Builder expenseCustomFields(List<CustomFieldData> value) {
            this.expenseCustomFields = value;
            return this;
        }

        /** Sets {@link PurchaseOrderItem#amortization()}: the amortization period of the item, if amortized. */
        public Builder amortization(Amortization value) {
            this.amortization = value;
            return this;
        }

        /** Sets {@link PurchaseOrderItem#id()}: unique identifier of the purchase order item. */
        public Builder id(String value) {
            this.id = value;
            return this;
        }

        /** Sets {@link PurchaseOrderItem#createdAt()}: date the purchase order item was created. */
        public Builder createdAt(Instant value) {
            this.createdAt = value;
            return this;
        }

        /** Sets {@link PurchaseOrderItem#totalPurchasedAmount()}: total amount of the purchase order item. */
        public Builder totalPurchasedAmount(BigDecimal value) {
            this.totalPurchasedAmount = value;
            return this;
        }

        /** Sets {@link PurchaseOrderItem#quantityStatus()}: status of the purchase order item quantity. */
        public Builder quantityStatus(QuantityStatus value) {
            this.quantityStatus = value;
            return this;
        }

        /**
         * Sets {@link PurchaseOrderItem#receivedQuantity()}: the quantity received so far, summed over all receipt
         * notes.
         */
        public Builder receivedQuantity(BigDecimal value) {
            this.receivedQuantity = value;
            return this;
        }

        /** Sets {@link PurchaseOrderItem#type()}: type of the purchase order item. */
        public Builder type(PurchaseOrderType value) {
            this.type = value;
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

        /** The {@link PurchaseOrderItem}. */
        public PurchaseOrderItem build() {
            return new PurchaseOrderItem(this);
        }
    }
}
