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
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A purchase order line item to add ({@code INewPurchaseOrderItem}), in a new purchase order or through
 * {@code POST /purchase-orders/{id}/items}.
 *
 * <p>Immutable. {@code description}, {@code purchasedQuantity} and {@code unitPrice} are required:
 * {@link Builder#build()} refuses an item without them, before anything is sent. Unset fields are not sent.
 */
@JsonDeserialize(builder = NewPurchaseOrderItem.Builder.class)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE, isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public final class NewPurchaseOrderItem {

    private final PurchaseOrderUnit units;
    private final ObjectReference expenseCategory;
    private final List<CustomFieldData> expenseCustomFields;
    private final Amortization amortization;
    private final String description;
    private final BigDecimal purchasedQuantity;
    private final BigDecimal unitPrice;
    @JsonIgnore
    private final Map<String, JsonNode> additionalProperties;

    private NewPurchaseOrderItem(Builder builder) {
        // Unlike response lists, null stays null: it means "not set" and is not sent.
        this.units = builder.units;
        this.expenseCategory = builder.expenseCategory;
        this.expenseCustomFields = builder.expenseCustomFields == null ? null : List.copyOf(builder.expenseCustomFields);
        this.amortization = builder.amortization;
        this.description = Objects.requireNonNull(builder.description, "description is required");
        this.purchasedQuantity = Objects.requireNonNull(builder.purchasedQuantity, "purchasedQuantity is required");
        this.unitPrice = Objects.requireNonNull(builder.unitPrice, "unitPrice is required");
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

    /** {@return unit the item is counted in} */
    public PurchaseOrderUnit units() {
        return units;
    }

    /** {@return the expense category of the item} */
    public ObjectReference expenseCategory() {
        return expenseCategory;
    }

    /** {@return custom fields of the item; null if not set} */
    public List<CustomFieldData> expenseCustomFields() {
        return expenseCustomFields;
    }

    /** {@return amortization of the item} */
    public Amortization amortization() {
        return amortization;
    }

    /** {@return user-friendly description of the item} */
    public String description() {
        return description;
    }

    /** {@return quantity of the item, exact} */
    public BigDecimal purchasedQuantity() {
        return purchasedQuantity;
    }

    /** {@return price of one unit, exact} */
    public BigDecimal unitPrice() {
        return unitPrice;
    }

    /** Fields of the JSON object this SDK version has no accessor for, by name; empty if none. Immutable. */
    @JsonAnyGetter
    public Map<String, JsonNode> additionalProperties() {
        return additionalProperties;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof NewPurchaseOrderItem that
                && Objects.equals(units, that.units)
                && Objects.equals(expenseCategory, that.expenseCategory)
                && Objects.equals(expenseCustomFields, that.expenseCustomFields)
                && Objects.equals(amortization, that.amortization)
                && Objects.equals(description, that.description)
                && Objects.equals(purchasedQuantity, that.purchasedQuantity)
                && Objects.equals(unitPrice, that.unitPrice)
                && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(units, expenseCategory, expenseCustomFields, amortization, description, purchasedQuantity,
                unitPrice, additionalProperties);
    }

    @Override
    public String toString() {
        return "NewPurchaseOrderItem{units=" + units
                + ", expenseCategory=" + expenseCategory
                + ", expenseCustomFields=" + expenseCustomFields
                + ", amortization=" + amortization
                + ", description=" + description
                + ", purchasedQuantity=" + purchasedQuantity
                + ", unitPrice=" + unitPrice
                + ", additionalProperties=" + additionalProperties + '}';
    }

    /** Builds {@link NewPurchaseOrderItem} objects; not thread-safe. Unset fields stay null. */
    // Jackson reads JSON into the builder's fields: a reflective setter call per property would cost more.
    @JsonPOJOBuilder(withPrefix = "")
    @JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, setterVisibility = JsonAutoDetect.Visibility.NONE)
    public static final class Builder {
        private PurchaseOrderUnit units;
        private ObjectReference expenseCategory;
        private List<CustomFieldData> expenseCustomFields;
        private Amortization amortization;
        private String description;
        private BigDecimal purchasedQuantity;
        private BigDecimal unitPrice;
        /** Null until the first additional property: most objects have none. */
        @JsonIgnore
        private Map<String, JsonNode> additionalProperties;

        private Builder() {
        }

        private Builder(NewPurchaseOrderItem source) {
            this.units = source.units;
            this.expenseCategory = source.expenseCategory;
            this.expenseCustomFields = source.expenseCustomFields;
            this.amortization = source.amortization;
            this.description = source.description;
            this.purchasedQuantity = source.purchasedQuantity;
            this.unitPrice = source.unitPrice;
            this.additionalProperties = source.additionalProperties.isEmpty() ? null
                    : new LinkedHashMap<>(source.additionalProperties);
        }

        /** Sets {@link NewPurchaseOrderItem#units()}: unit the item is counted in. */
        public Builder units(PurchaseOrderUnit value) {
            this.units = value;
            return this;
        }

        /** Sets {@link NewPurchaseOrderItem#expenseCategory()}: the expense category of the item. */
        public Builder expenseCategory(ObjectReference value) {
            this.expenseCategory = value;
            return this;
        }

        /** Sets {@link NewPurchaseOrderItem#expenseCustomFields()}: custom fields of the item. */
        public Builder expenseCustomFields(List<CustomFieldData> value) {
            this.expenseCustomFields = value;
            return this;
        }

        /** Sets {@link NewPurchaseOrderItem#amortization()}: amortization of the item. */
        public Builder amortization(Amortization value) {
            this.amortization = value;
            return this;
        }

        /** Sets {@link NewPurchaseOrderItem#description()}: user-friendly description of the item. Required. */
        public Builder description(String value) {
            this.description = value;
            return this;
        }

        /** Sets {@link NewPurchaseOrderItem#purchasedQuantity()}: quantity of the item, exact. Required. */
        public Builder purchasedQuantity(BigDecimal value) {
            this.purchasedQuantity = value;
            return this;
        }

        /** Sets {@link NewPurchaseOrderItem#unitPrice()}: price of one unit, exact. Required. */
        public Builder unitPrice(BigDecimal value) {
            this.unitPrice = value;
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
         * The {@link NewPurchaseOrderItem}, checked before anything is sent.
         *
         * @throws NullPointerException if description, purchasedQuantity, unitPrice were not set (the API requires them)
         */
        public NewPurchaseOrderItem build() {
            return new NewPurchaseOrderItem(this);
        }
    }
}
