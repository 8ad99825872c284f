package io.github.payhawk4j.model.purchaseorder;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import com.fasterxml.jackson.databind.node.NullNode;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * How much of one purchase order item a goods received note records ({@code IGoodsReceivedNoteItemQuantity}).
 *
 * <p>Immutable. Fields Payhawk sends that this SDK version does not know are kept in
 * {@link #additionalProperties()}. Both fields are required when sent in a {@link NewGoodsReceivedNote}.
 */
@JsonDeserialize(builder = GoodsReceivedNoteItemQuantity.Builder.class)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE, isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public final class GoodsReceivedNoteItemQuantity {

    private final String purchaseOrderItemId;
    private final BigDecimal quantity;
    @JsonIgnore
    private final Map<String, JsonNode> additionalProperties;

    private GoodsReceivedNoteItemQuantity(Builder builder) {
        this.purchaseOrderItemId = builder.purchaseOrderItemId;
        this.quantity = builder.quantity;
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

    /** {@return id of the purchase order item} */
    public String purchaseOrderItemId() {
        return purchaseOrderItemId;
    }

    /** {@return quantity received of the item, exact} */
    public BigDecimal quantity() {
        return quantity;
    }

    /** Fields of the JSON object this SDK version has no accessor for, by name; empty if none. Immutable. */
    @JsonAnyGetter
    public Map<String, JsonNode> additionalProperties() {
        return additionalProperties;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof GoodsReceivedNoteItemQuantity that
                && Objects.equals(purchaseOrderItemId, that.purchaseOrderItemId)
                && Objects.equals(quantity, that.quantity)
                && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(purchaseOrderItemId, quantity, additionalProperties);
    }

    @Override
    public String toString() {
        return "GoodsReceivedNoteItemQuantity{purchaseOrderItemId=" + purchaseOrderItemId
                + ", quantity=" + quantity
                + ", additionalProperties=" + additionalProperties + '}';
    }

    /** Builds {@link GoodsReceivedNoteItemQuantity} objects; not thread-safe. Unset fields stay null (lists empty). */
    // Jackson reads JSON into the builder's fields: a reflective setter call per property would cost more.
    @JsonPOJOBuilder(withPrefix = "")
    @JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, setterVisibility = JsonAutoDetect.Visibility.NONE)
    public static final class Builder {
        private String purchaseOrderItemId;
        private BigDecimal quantity;
        /** Null until the first additional property: most objects have none. */
        @JsonIgnore
        private Map<String, JsonNode> additionalProperties;

        private Builder() {
        }

        private Builder(GoodsReceivedNoteItemQuantity source) {
            this.purchaseOrderItemId = source.purchaseOrderItemId;
            this.quantity = source.quantity;
            this.additionalProperties = source.additionalProperties.isEmpty() ? null
                    : new LinkedHashMap<>(source.additionalProperties);
        }

        /** Sets {@link GoodsReceivedNoteItemQuantity#purchaseOrderItemId()}: id of the purchase order item. */
        public Builder purchaseOrderItemId(String value) {
            this.purchaseOrderItemId = value;
            return this;
        }

        /** Sets {@link GoodsReceivedNoteItemQuantity#quantity()}: quantity received of the item, exact. */
        public Builder quantity(BigDecimal value) {
            this.quantity = value;
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

        /** The {@link GoodsReceivedNoteItemQuantity}. */
        public GoodsReceivedNoteItemQuantity build() {
            return new GoodsReceivedNoteItemQuantity(this);
        }
    }
}
