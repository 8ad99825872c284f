package io.github.payhawk4j.model.purchaseorder;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import com.fasterxml.jackson.databind.node.NullNode;
import io.github.payhawk4j.model.ObjectReference;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A purchase order to create, the body of {@code POST /purchase-orders} ({@code INewPurchaseOrder}), with up
 * to 100 line items.
 *
 * <p>Immutable. {@code note} and {@code createdBy} are required: {@link Builder#build()} refuses an order
 * without them, or with more than 100 items, before anything is sent. Unset fields are not sent.
 */
@JsonDeserialize(builder = NewPurchaseOrder.Builder.class)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE, isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public final class NewPurchaseOrder {

    /** The most line items one request may create. */
    private static final int MAX_ITEMS = 100;

    private final String note;
    private final ObjectReference createdBy;
    private final ObjectReference supplier;
    private final String purchaseOrderNumber;
    private final List<NewPurchaseOrderItem> items;
    @JsonIgnore
    private final Map<String, JsonNode> additionalProperties;

    private NewPurchaseOrder(Builder builder) {
        // Unlike response lists, null stays null: it means "not set" and is not sent.
        this.note = Objects.requireNonNull(builder.note, "note is required");
        this.createdBy = Objects.requireNonNull(builder.createdBy, "createdBy is required");
        this.supplier = builder.supplier;
        this.purchaseOrderNumber = builder.purchaseOrderNumber;
        this.items = builder.items == null ? null : List.copyOf(builder.items);
        if (items != null && items.size() > MAX_ITEMS) {
            throw new IllegalArgumentException("a purchase order takes at most " + MAX_ITEMS + " items, got " + items.size());
        }
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

    /** {@return note from the creator of the purchase order} */
    public String note() {
        return note;
    }

    /** {@return the user creating the purchase order} */
    public ObjectReference createdBy() {
        return createdBy;
    }

    /** {@return the supplier} */
    public ObjectReference supplier() {
        return supplier;
    }

    /** {@return the purchase order number; Payhawk generates one when not set} */
    public String purchaseOrderNumber() {
        return purchaseOrderNumber;
    }

    /** {@return the line items; null if not set} */
    public List<NewPurchaseOrderItem> items() {
        return items;
    }

    /** Fields of the JSON object this SDK version has no accessor for, by name; empty if none. Immutable. */
    @JsonAnyGetter
    public Map<String, JsonNode> additionalProperties() {
        return additionalProperties;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof NewPurchaseOrder that
                && Objects.equals(note, that.note)
                && Objects.equals(createdBy, that.createdBy)
                && Objects.equals(supplier, that.supplier)
                && Objects.equals(purchaseOrderNumber, that.purchaseOrderNumber)
                && Objects.equals(items, that.items)
                && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(note, createdBy, supplier, purchaseOrderNumber, items, additionalProperties);
    }

    @Override
    public String toString() {
        return "NewPurchaseOrder{note=" + note
                + ", createdBy=" + createdBy
                + ", supplier=" + supplier
                + ", purchaseOrderNumber=" + purchaseOrderNumber
                + ", items=" + items
                + ", additionalProperties=" + additionalProperties + '}';
    }

    /** Builds {@link NewPurchaseOrder} objects; not thread-safe. Unset fields stay null. */
    // Jackson reads JSON into the builder's fields: a reflective setter call per property would cost more.
    @JsonPOJOBuilder(withPrefix = "")
    @JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, setterVisibility = JsonAutoDetect.Visibility.NONE)
    public static final class Builder {
        private String note;
        private ObjectReference createdBy;
        private ObjectReference supplier;
        private String purchaseOrderNumber;
        private List<NewPurchaseOrderItem> items;
        /** Null until the first additional property: most objects have none. */
        @JsonIgnore
        private Map<String, JsonNode> additionalProperties;

        private Builder() {
        }

        private Builder(NewPurchaseOrder source) {
            this.note = source.note;
            this.createdBy = source.createdBy;
            this.supplier = source.supplier;
            this.purchaseOrderNumber = source.purchaseOrderNumber;
            this.items = source.items;
            this.additionalProperties = source.additionalProperties.isEmpty() ? null
                    : new LinkedHashMap<>(source.additionalProperties);
        }

        /** Sets {@link NewPurchaseOrder#note()}: note from the creator of the purchase order. Required. */
        public Builder note(String value) {
            this.note = value;
            return this;
        }

        /** Sets {@link NewPurchaseOrder#createdBy()}: the user creating the purchase order. Required. */
        public Builder createdBy(ObjectReference value) {
            this.createdBy = value;
            return this;
        }

        /** Sets {@link NewPurchaseOrder#supplier()}: the supplier. */
        public Builder supplier(ObjectReference value) {
            this.supplier = value;
            return this;
        }

        /**
         * Sets {@link NewPurchaseOrder#purchaseOrderNumber()}: the purchase order number; Payhawk generates one when
         * not set.
         */
        public Builder purchaseOrderNumber(String value) {
            this.purchaseOrderNumber = value;
            return this;
        }

        /** Sets {@link NewPurchaseOrder#items()}: the line items. */
        public Builder items(List<NewPurchaseOrderItem> value) {
            this.items = value;
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
         * The {@link NewPurchaseOrder}, checked before anything is sent.
         *
         * @throws NullPointerException if the note or the creator was not set (the API requires them)
         * @throws IllegalArgumentException if more than 100 items were set
         */
        public NewPurchaseOrder build() {
            return new NewPurchaseOrder(this);
        }
    }
}
