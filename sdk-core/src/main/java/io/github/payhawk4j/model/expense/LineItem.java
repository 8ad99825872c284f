package io.github.payhawk4j.model.expense;

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
import java.util.Map;
import java.util.Objects;

/**
 * One line item of an expense, with its own amounts, category and tax rate ({@code ILineItem}).
 *
 * <p>Immutable. Fields Payhawk sends that this SDK version does not know are kept in
 * {@link #additionalProperties()}; build one for a test with {@link #builder()}.
 */
@JsonDeserialize(builder = LineItem.Builder.class)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE, isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public final class LineItem {

    private final String id;
    private final String categoryId;
    private final String category;
    private final Reconciliation reconciliation;
    private final TaxRate taxRate;
    private final String note;
    private final Amortization amortization;
    @JsonIgnore
    private final Map<String, JsonNode> additionalProperties;

    private LineItem(Builder builder) {
        this.id = builder.id;
        this.categoryId = builder.categoryId;
        this.category = builder.category;
        this.reconciliation = builder.reconciliation;
        this.taxRate = builder.taxRate;
        this.note = builder.note;
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

    /** {@return unique identifier of the line item} */
    public String id() {
        return id;
    }

    /** {@return category id of the line item} */
    public String categoryId() {
        return categoryId;
    }

    /** {@return category name of the line item} */
    public String category() {
        return category;
    }

    /** {@return amounts, currencies and custom fields of the line item} */
    public Reconciliation reconciliation() {
        return reconciliation;
    }

    /** {@return the tax rate of the line item, if any} */
    public TaxRate taxRate() {
        return taxRate;
    }

    /** {@return note for the line item} */
    public String note() {
        return note;
    }

    /** {@return the amortization period of the line item, if amortized} */
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
        return this == other || other instanceof LineItem that && Objects.equals(id, that.id)
                && Objects.equals(categoryId, that.categoryId) && Objects.equals(category, that.category)
                && Objects.equals(reconciliation, that.reconciliation) && Objects.equals(taxRate, that.taxRate)
                && Objects.equals(note, that.note) && Objects.equals(amortization, that.amortization)
                && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, categoryId, category, reconciliation, taxRate, note, amortization, additionalProperties);
    }

    @Override
    public String toString() {
        return "LineItem{id=" + id + ", categoryId=" + categoryId + ", category=" + category
                + ", reconciliation=" + reconciliation + ", taxRate=" + taxRate + ", note=" + note
                + ", amortization=" + amortization + ", additionalProperties=" + additionalProperties + '}';
    }

    /** Builds {@link LineItem} objects; not thread-safe. Unset fields stay null (lists empty). */
    // Jackson reads JSON into the builder's fields: a reflective setter call per property would cost more.
    @JsonPOJOBuilder(withPrefix = "")
    @JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, setterVisibility = JsonAutoDetect.Visibility.NONE)
    public static final class Builder {
        private String id;
        private String categoryId;
        private String category;
        private Reconciliation reconciliation;
        private TaxRate taxRate;
        private String note;
        private Amortization amortization;
        /** Null until the first additional property: most objects have none. */
        @JsonIgnore
        private Map<String, JsonNode> additionalProperties;

        private Builder() {
        }

        private Builder(LineItem source) {
            this.id = source.id;
            this.categoryId = source.categoryId;
            this.category = source.category;
            this.reconciliation = source.reconciliation;
            this.taxRate = source.taxRate;
            this.note = source.note;
            this.amortization = source.amortization;
            this.additionalProperties = source.additionalProperties.isEmpty() ? null
                    : new LinkedHashMap<>(source.additionalProperties);
        }

        /** Sets {@link LineItem#id()}: unique identifier of the line item. */
        public Builder id(String value) {
            this.id = value;
            return this;
        }

        /** Sets {@link LineItem#categoryId()}: category id of the line item. */
        public Builder categoryId(String value) {
            this.categoryId = value;
            return this;
        }

        /** Sets {@link LineItem#category()}: category name of the line item. */
        public Builder category(String value) {
            this.category = value;
            return this;
        }

        /** Sets {@link LineItem#reconciliation()}: amounts, currencies and custom fields of the line item. */
        public Builder reconciliation(Reconciliation value) {
            this.reconciliation = value;
            return this;
        }

        /** Sets {@link LineItem#taxRate()}: the tax rate of the line item, if any. */
        public Builder taxRate(TaxRate value) {
            this.taxRate = value;
            return this;
        }

        /** Sets {@link LineItem#note()}: note for the line item. */
        public Builder note(String value) {
            this.note = value;
            return this;
        }

        /** Sets {@link LineItem#amortization()}: the amortization period of the line item, if amortized. */
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

        /** The {@link LineItem}. */
        public LineItem build() {
            return new LineItem(this);
        }
    }
}
