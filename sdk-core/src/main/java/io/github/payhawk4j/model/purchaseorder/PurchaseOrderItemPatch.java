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
 * A partial update of a purchase order line item, the body of
 * {@code PATCH /purchase-orders/{id}/items/{itemId}} ({@code IPurchaseOrderItemPatch}).
 *
 * <p>A null field is not sent and leaves that part of the item unchanged. Immutable.
 */
@JsonDeserialize(builder = PurchaseOrderItemPatch.Builder.class)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE, isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public final class PurchaseOrderItemPatch {

    private final String description;
    private final PurchaseOrderUnit units;
    private final BigDecimal purchasedQuantity;
    private final BigDecimal unitPrice;
    private final ObjectReference expenseCategory;
    private final List<CustomFieldData> expenseCustomFields;
    private final Amortization amortization;
    @JsonIgnore
    private final Map<String, JsonNode> additionalProperties;

    private PurchaseOrderItemPatch(Builder builder) {
        // Unlike response lists, null stays null: it means "not set" and is not sent.
        this.description = builder.description;
        this.units = builder.units;
        this.purchasedQuantity = builder.purchasedQuantity;
        this.unitPrice = builder.unitPrice;
        this.expenseCategory = builder.expenseCategory;
        this.expenseCustomFields = builder.expenseCustomFields == null ? null : List.copyOf(builder.expenseCustomFields);
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

    /** {@return user-friendly description of the item} */
    public String description() {
        return description;
    }

    /** {@return unit the item is counted in} */
    public PurchaseOrderUnit units() {
        return units;
    }

    /** {@return quantity of the item, exact} */
    public BigDecimal purchasedQuantity() {
        return purchasedQuantity;
    }

    /** {@return price of one unit, exact} */
    public BigDecimal unitPrice() {
        return unitPrice;
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

    /** Fields of the JSON object this SDK version has no accessor for, by name; empty if none. Immutable. */
    @JsonAnyGetter
    public Map<String, JsonNode> additionalProperties() {
        return additionalProperties;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof PurchaseOrderItemPatch that
                && Objects.equals(description, that.description)
                && Objects.equals(units, that.units)
                && Objects.equals(purchasedQuantity, that.purchasedQuantity)
                && Objects.equals(unitPrice, that.unitPrice)
                && Objects.equals(expenseCategory, that.expenseCategory)
                && Objects.equals(expenseCustomFields, that.expenseCustomFields)
                && Objects.equals(amortization, that.amortization)
                && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(description, units, purchasedQuantity, unitPrice, expenseCategory, expenseCustomFields,
                amortization, additionalProperties);
    }

    @Override
    public String toString() {
        return "PurchaseOrderItemPatch{description=" + description
                + ", units=" + units
                + ", purchasedQuantity=" + purchasedQuantity
                + ", unitPrice=" + unitPrice
                + ", expenseCategory=" + expenseCategory
                + ", expenseCustomFields=" + expenseCustomFields
                + ", amortization=" + amortization
                + ", additionalProperties=" + additionalProperties + '}';
    }

    /** Builds {@link PurchaseOrderItemPatch} objects; not thread-safe. Unset fields stay null. */
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
        /** Null until the first additional property: most objects have none. */
        @JsonIgnore
        private Map<String, JsonNode> additionalProperties;

        private Builder() {
        }

        private Builder(PurchaseOrderItemPatch source) {
            this.description = source.description;
            this.units = source.units;
            this.purchasedQuantity = source.purchasedQuantity;
            this.unitPrice = source.unitPrice;
            this.expenseCategory = source.expenseCategory;
            this.expenseCustomFields = source.expenseCustomFields;
            this.amortization = source.amortization;
            this.additionalProperties = source.additionalProperties.isEmpty() ? null
                    : new LinkedHashMap<>(source.additionalProperties);
        }

        /** Sets {@link PurchaseOrderItemPatch#description()}: user-friendly description of the item. */
        public Builder description(String value) {
            this.description = value;
            return this;
        }

        /** Sets {@link PurchaseOrderItemPatch#units()}: unit the item is counted in. */
        public Builder units(PurchaseOrderUnit value) {
            this.units = value;
            return this;
        }

        /** Sets {@link PurchaseOrderItemPatch#purchasedQuantity()}: quantity of the item, exact. */
        public Builder purchasedQuantity(BigDecimal value) {
            this.purchasedQuantity = value;
            return this;
        }

        /** Sets {@link PurchaseOrderItemPatch#unitPrice()}: price of one unit, exact. */
        public Builder unitPrice(BigDecimal value) {
            this.unitPrice = value;
            return this;
        }

        /** Sets {@link PurchaseOrderItemPatch#expenseCategory()}: the expense category of the item. */
        public Builder expenseCategory(ObjectReference value) {
            this.expenseCategory = value;
            return this;
        }

        /** Sets {@link PurchaseOrderItemPatch#expenseCustomFields()}: custom fields of the item. */
        public Builder expenseCustomFields(List<CustomFieldData> value) {
            this.expenseCustomFields = value;
            return this;
        }

        /** Sets {@link PurchaseOrderItemPatch#amortization()}: amortization of the item. */
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

        /** The {@link PurchaseOrderItemPatch}. */
        public PurchaseOrderItemPatch build() {
            return new PurchaseOrderItemPatch(this);
        }
    }
}
