package io.github.payhawk4j.model.expense;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonFormat;
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
 * A line of an invoice to submit ({@code INewInvoiceItem}).
 *
 * <p>Payhawk takes the amounts as strings: they are sent as exact decimal text, e.g. {@code "12.50"}.
 *
 * <p>Immutable. {@link Builder#build()} refuses a missing required field ({@code description}, {@code taxPercentage}, {@code taxAmount}, {@code totalAmount}) before anything is sent.
 * Fields this SDK version has no setter for can be sent with {@link Builder#putAdditionalProperty}.
 */
@JsonDeserialize(builder = NewInvoiceItem.Builder.class)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE, isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public final class NewInvoiceItem {

    private final String description;
    @JsonFormat(shape = JsonFormat.Shape.STRING)
    private final BigDecimal taxPercentage;
    @JsonFormat(shape = JsonFormat.Shape.STRING)
    private final BigDecimal taxAmount;
    @JsonFormat(shape = JsonFormat.Shape.STRING)
    private final BigDecimal totalAmount;
    @JsonIgnore
    private final Map<String, JsonNode> additionalProperties;

    private NewInvoiceItem(Builder builder) {
        this.description = Objects.requireNonNull(builder.description, "description is required");
        this.taxPercentage = Objects.requireNonNull(builder.taxPercentage, "taxPercentage is required");
        this.taxAmount = Objects.requireNonNull(builder.taxAmount, "taxAmount is required");
        this.totalAmount = Objects.requireNonNull(builder.totalAmount, "totalAmount is required");
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

    /** {@return description of the item} */
    public String description() {
        return description;
    }

    /** {@return tax percentage applied to the item} */
    public BigDecimal taxPercentage() {
        return taxPercentage;
    }

    /** {@return tax amount of the item} */
    public BigDecimal taxAmount() {
        return taxAmount;
    }

    /** {@return total amount of the item} */
    public BigDecimal totalAmount() {
        return totalAmount;
    }

    /** Fields of the JSON object this SDK version has no accessor for, by name; empty if none. Immutable. */
    @JsonAnyGetter
    public Map<String, JsonNode> additionalProperties() {
        return additionalProperties;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof NewInvoiceItem that
                && Objects.equals(description, that.description)
                && Objects.equals(taxPercentage, that.taxPercentage)
                && Objects.equals(taxAmount, that.taxAmount)
                && Objects.equals(totalAmount, that.totalAmount)
                && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(description, taxPercentage, taxAmount, totalAmount, additionalProperties);
    }

    @Override
    public String toString() {
        return "NewInvoiceItem{description=" + description
                + ", taxPercentage=" + taxPercentage
                + ", taxAmount=" + taxAmount
                + ", totalAmount=" + totalAmount
                + ", additionalProperties=" + additionalProperties + '}';
    }

    /** Builds {@link NewInvoiceItem} objects; not thread-safe. Unset fields stay null (lists empty). */
    // Jackson reads JSON into the builder's fields: a reflective setter call per property would cost more.
    @JsonPOJOBuilder(withPrefix = "")
    @JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, setterVisibility = JsonAutoDetect.Visibility.NONE)
    public static final class Builder {
        private String description;
        private BigDecimal taxPercentage;
        private BigDecimal taxAmount;
        private BigDecimal totalAmount;
        /** Null until the first additional property: most objects have none. */
        @JsonIgnore
        private Map<String, JsonNode> additionalProperties;

        private Builder() {
        }

        private Builder(NewInvoiceItem source) {
            this.description = source.description;
            this.taxPercentage = source.taxPercentage;
            this.taxAmount = source.taxAmount;
            this.totalAmount = source.totalAmount;
            this.additionalProperties = source.additionalProperties.isEmpty() ? null
                    : new LinkedHashMap<>(source.additionalProperties);
        }

        /** Sets {@link NewInvoiceItem#description()}: description of the item (required). */
        public Builder description(String value) {
            this.description = value;
            return this;
        }

        /** Sets {@link NewInvoiceItem#taxPercentage()}: tax percentage applied to the item (required). */
        public Builder taxPercentage(BigDecimal value) {
            this.taxPercentage = value;
            return this;
        }

        /** Sets {@link NewInvoiceItem#taxAmount()}: tax amount of the item (required). */
        public Builder taxAmount(BigDecimal value) {
            this.taxAmount = value;
            return this;
        }

        /** Sets {@link NewInvoiceItem#totalAmount()}: total amount of the item (required). */
        public Builder totalAmount(BigDecimal value) {
            this.totalAmount = value;
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
         * The {@link NewInvoiceItem}.
         *
         * @throws NullPointerException naming the first required field that is not set
         */
        public NewInvoiceItem build() {
            return new NewInvoiceItem(this);
        }
    }
}
