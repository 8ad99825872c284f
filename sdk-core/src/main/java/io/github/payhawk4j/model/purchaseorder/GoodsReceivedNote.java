package io.github.payhawk4j.model.purchaseorder;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import com.fasterxml.jackson.databind.node.NullNode;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A goods received note of a purchase order: what was delivered, item by item ({@code IGoodsReceivedNote}).
 *
 * <p>Immutable. Fields Payhawk sends that this SDK version does not know are kept in
 * {@link #additionalProperties()}; build one for a test with {@link #builder()}.
 */
@JsonDeserialize(builder = GoodsReceivedNote.Builder.class)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE, isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public final class GoodsReceivedNote {

    private final String note;
    private final List<GoodsReceivedNoteItemQuantity> quantities;
    private final GoodsReceivedNoteDocument document;
    private final String id;
    private final Instant createdAt;
    @JsonIgnore
    private final Map<String, JsonNode> additionalProperties;

    private GoodsReceivedNote(Builder builder) {
        this.note = builder.note;
        this.quantities = builder.quantities == null ? List.of() : List.copyOf(builder.quantities);
        this.document = builder.document;
        this.id = builder.id;
        this.createdAt = builder.createdAt;
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

    /** {@return the items and the quantities received; empty if none} */
    public List<GoodsReceivedNoteItemQuantity> quantities() {
        return quantities;
    }

    /** {@return the delivery document} */
    public GoodsReceivedNoteDocument document() {
        return document;
    }

    /** {@return id of the goods received note} */
    public String id() {
        return id;
    }

    /** {@return when the note was created} */
    public Instant createdAt() {
        return createdAt;
    }

    /** Fields of the JSON object this SDK version has no accessor for, by name; empty if none. Immutable. */
    @JsonAnyGetter
    public Map<String, JsonNode> additionalProperties() {
        return additionalProperties;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof GoodsReceivedNote that
                && Objects.equals(note, that.note)
                && Objects.equals(quantities, that.quantities)
                && Objects.equals(document, that.document)
                && Objects.equals(id, that.id)
                && Objects.equals(createdAt, that.createdAt)
                && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(note, quantities, document, id, createdAt, additionalProperties);
    }

    @Override
    public String toString() {
        return "GoodsReceivedNote{note=" + note
                + ", quantities=" + quantities
                + ", document=" + document
                + ", id=" + id
                + ", createdAt=" + createdAt
                + ", additionalProperties=" + additionalProperties + '}';
    }

    /** Builds {@link GoodsReceivedNote} objects; not thread-safe. Unset fields stay null (lists empty). */
    // Jackson reads JSON into the builder's fields: a reflective setter call per property would cost more.
    @JsonPOJOBuilder(withPrefix = "")
    @JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, setterVisibility = JsonAutoDetect.Visibility.NONE)
    public static final class Builder {
        private String note;
        private List<GoodsReceivedNoteItemQuantity> quantities;
        private GoodsReceivedNoteDocument document;
        private String id;
        private Instant createdAt;
        /** Null until the first additional property: most objects have none. */
        @JsonIgnore
        private Map<String, JsonNode> additionalProperties;

        private Builder() {
        }

        private Builder(GoodsReceivedNote source) {
            this.note = source.note;
            this.quantities = source.quantities;
            this.document = source.document;
            this.id = source.id;
            this.createdAt = source.createdAt;
            this.additionalProperties = source.additionalProperties.isEmpty() ? null
                    : new LinkedHashMap<>(source.additionalProperties);
        }

        /** Sets {@link GoodsReceivedNote#note()}: description of the goods received. */
        public Builder note(String value) {
            this.note = value;
            return this;
        }

        /** Sets {@link GoodsReceivedNote#quantities()}: the items and the quantities received. */
        public Builder quantities(List<GoodsReceivedNoteItemQuantity> value) {
            this.quantities = value;
            return this;
        }

        /** Sets {@link GoodsReceivedNote#document()}: the delivery document. */
        public Builder document(GoodsReceivedNoteDocument value) {
            this.document = value;
            return this;
        }

        /** Sets {@link GoodsReceivedNote#id()}: id of the goods received note. */
        public Builder id(String value) {
            this.id = value;
            return this;
        }

        /** Sets {@link GoodsReceivedNote#createdAt()}: when the note was created. */
        public Builder createdAt(Instant value) {
            this.createdAt = value;
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

        /** The {@link GoodsReceivedNote}. */
        public GoodsReceivedNote build() {
            return new GoodsReceivedNote(this);
        }
    }
}
