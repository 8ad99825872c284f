package io.github.payhawk4j.model.purchaseorder;

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
 * A goods received note to create, the body of {@code POST /purchase-orders/{id}/goods-received-notes}
 * ({@code INewGoodsReceivedNote}).
 *
 * <p>Immutable. {@code note} and {@code quantities} are required, and each quantity needs its item id and
 * quantity: {@link Builder#build()} refuses a note without them, before anything is sent.
 */
@JsonDeserialize(builder = NewGoodsReceivedNote.Builder.class)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE, isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public final class NewGoodsReceivedNote {

    private final String note;
    private final List<GoodsReceivedNoteItemQuantity> quantities;
    private final GoodsReceivedNoteDocument document;
    @JsonIgnore
    private final Map<String, JsonNode> additionalProperties;

    private NewGoodsReceivedNote(Builder builder) {
        this.note = Objects.requireNonNull(builder.note, "note is required");
        this.quantities = List.copyOf(Objects.requireNonNull(builder.quantities, "quantities is required"));
        this.document = builder.document;
        for (GoodsReceivedNoteItemQuantity received : quantities) {
            Objects.requireNonNull(received.purchaseOrderItemId(), "quantities[].purchaseOrderItemId is required");
            Objects.requireNonNull(received.quantity(), "quantities[].quantity is required");
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

    /** {@return description of the goods received} */
    public String note() {
        return note;
    }

    /** {@return the items and the quantities received} */
    public List<GoodsReceivedNoteItemQuantity> quantities() {
        return quantities;
    }

    /** {@return the delivery document} */
    public GoodsReceivedNoteDocument document() {
        return document;
    }

    /** Fields of the JSON object this SDK version has no accessor for, by name; empty if none. Immutable. */
    @JsonAnyGetter
    public Map<String, JsonNode> additionalProperties() {
        return additionalProperties;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof NewGoodsReceivedNote that
                && Objects.equals(note, that.note)
                && Objects.equals(quantities, that.quantities)
                && Objects.equals(document, that.document)
                && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(note, quantities, document, additionalProperties);
    }

    @Override
    public String toString() {
        return "NewGoodsReceivedNote{note=" + note
                + ", quantities=" + quantities
                + ", document=" + document
                + ", additionalProperties=" + additionalProperties + '}';
    }

    /** Builds {@link NewGoodsReceivedNote} objects; not thread-safe. Unset fields stay null. */
    // Jackson reads JSON into the builder's fields: a reflective setter call per property would cost more.
    @JsonPOJOBuilder(withPrefix = "")
    @JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, setterVisibility = JsonAutoDetect.Visibility.NONE)
    public static final class Builder {
        private String note;
        private List<GoodsReceivedNoteItemQuantity> quantities;
        private GoodsReceivedNoteDocument document;
        /** Null until the first additional property: most objects have none. */
        @JsonIgnore
        private Map<String, JsonNode> additionalProperties;

        private Builder() {
        }

        private Builder(NewGoodsReceivedNote source) {
            this.note = source.note;
            this.quantities = source.quantities;
            this.document = source.document;
            this.additionalProperties = source.additionalProperties.isEmpty() ? null
                    : new LinkedHashMap<>(source.additionalProperties);
        }

        /** Sets {@link NewGoodsReceivedNote#note()}: description of the goods received. Required. */
        public Builder note(String value) {
            this.note = value;
            return this;
        }

        /** Sets {@link NewGoodsReceivedNote#quantities()}: the items and the quantities received. Required. */
        public Builder quantities(List<GoodsReceivedNoteItemQuantity> value) {
            this.quantities = value;
            return this;
        }

        /** Sets {@link NewGoodsReceivedNote#document()}: the delivery document. */
        public Builder document(GoodsReceivedNoteDocument value) {
            this.document = value;
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
         * The {@link NewGoodsReceivedNote}, checked before anything is sent.
         *
         * @throws NullPointerException if the note or the quantities, or an item id or quantity of one of them, was not set (the API requires them)
         */
        public NewGoodsReceivedNote build() {
            return new NewGoodsReceivedNote(this);
        }
    }
}
