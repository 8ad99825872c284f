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
import java.util.Map;
import java.util.Objects;

/**
 * A partial update of a purchase order, the body of {@code PATCH /purchase-orders/{id}}
 * ({@code IPurchaseOrderPatch}).
 *
 * <p>A null field is not sent and leaves that part of the order unchanged. Immutable.
 */
@JsonDeserialize(builder = PurchaseOrderPatch.Builder.class)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE, isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public final class PurchaseOrderPatch {

    private final String note;
    private final ObjectReference supplier;
    private final String currency;
    @JsonIgnore
    private final Map<String, JsonNode> additionalProperties;

    private PurchaseOrderPatch(Builder builder) {
        this.note = builder.note;
        this.supplier = builder.supplier;
        this.currency = builder.currency;
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

    /** {@return the supplier} */
    public ObjectReference supplier() {
        return supplier;
    }

    /** {@return currency of the purchase order (ISO 4217 code)} */
    public String currency() {
        return currency;
    }

    /** Fields of the JSON object this SDK version has no accessor for, by name; empty if none. Immutable. */
    @JsonAnyGetter
    public Map<String, JsonNode> additionalProperties() {
        return additionalProperties;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof PurchaseOrderPatch that
                && Objects.equals(note, that.note)
                && Objects.equals(supplier, that.supplier)
                && Objects.equals(currency, that.currency)
                && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(note, supplier, currency, additionalProperties);
    }

    @Override
    public String toString() {
        return "PurchaseOrderPatch{note=" + note
                + ", supplier=" + supplier
                + ", currency=" + currency
                + ", additionalProperties=" + additionalProperties + '}';
    }

    /** Builds {@link PurchaseOrderPatch} objects; not thread-safe. Unset fields stay null. */
    // Jackson reads JSON into the builder's fields: a reflective setter call per property would cost more.
    @JsonPOJOBuilder(withPrefix = "")
    @JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, setterVisibility = JsonAutoDetect.Visibility.NONE)
    public static final class Builder {
        private String note;
        private ObjectReference supplier;
        private String currency;
        /** Null until the first additional property: most objects have none. */
        @JsonIgnore
        private Map<String, JsonNode> additionalProperties;

        private Builder() {
        }

        private Builder(PurchaseOrderPatch source) {
            this.note = source.note;
            this.supplier = source.supplier;
            this.currency = source.currency;
            this.additionalProperties = source.additionalProperties.isEmpty() ? null
                    : new LinkedHashMap<>(source.additionalProperties);
        }

        /** Sets {@link PurchaseOrderPatch#note()}: note from the creator of the purchase order. */
        public Builder note(String value) {
            this.note = value;
            return this;
        }

        /** Sets {@link PurchaseOrderPatch#supplier()}: the supplier. */
        public Builder supplier(ObjectReference value) {
            this.supplier = value;
            return this;
        }

        /** Sets {@link PurchaseOrderPatch#currency()}: currency of the purchase order (ISO 4217 code). */
        public Builder currency(String value) {
            this.currency = value;
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

        /** The {@link PurchaseOrderPatch}. */
        public PurchaseOrderPatch build() {
            return new PurchaseOrderPatch(this);
        }
    }
}
