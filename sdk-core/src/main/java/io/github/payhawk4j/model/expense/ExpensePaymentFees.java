package io.github.payhawk4j.model.expense;

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
 * The fees charged on an expense payment ({@code IExpensePaymentFees}).
 *
 * <p>Immutable. Fields Payhawk sends that this SDK version does not know are kept in
 * {@link #additionalProperties()}; build one for a test with {@link #builder()}.
 */
@JsonDeserialize(builder = ExpensePaymentFees.Builder.class)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE, isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public final class ExpensePaymentFees {

    private final BigDecimal fx;
    private final BigDecimal pos;
    private final BigDecimal bank;
    @JsonIgnore
    private final Map<String, JsonNode> additionalProperties;

    private ExpensePaymentFees(Builder builder) {
        this.fx = builder.fx;
        this.pos = builder.pos;
        this.bank = builder.bank;
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

    /** {@return amount of currency exchange fees} */
    public BigDecimal fx() {
        return fx;
    }

    /** {@return amount of POS transaction fees} */
    public BigDecimal pos() {
        return pos;
    }

    /** {@return amount of bank transaction fees} */
    public BigDecimal bank() {
        return bank;
    }

    /** Fields of the JSON object this SDK version has no accessor for, by name; empty if none. Immutable. */
    @JsonAnyGetter
    public Map<String, JsonNode> additionalProperties() {
        return additionalProperties;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof ExpensePaymentFees that && Objects.equals(fx, that.fx)
                && Objects.equals(pos, that.pos) && Objects.equals(bank, that.bank)
                && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(fx, pos, bank, additionalProperties);
    }

    @Override
    public String toString() {
        return "ExpensePaymentFees{fx=" + fx + ", pos=" + pos + ", bank=" + bank
                + ", additionalProperties=" + additionalProperties + '}';
    }

    /** Builds {@link ExpensePaymentFees} objects; not thread-safe. Unset fields stay null (lists empty). */
    // Jackson reads JSON into the builder's fields: a reflective setter call per property would cost more.
    @JsonPOJOBuilder(withPrefix = "")
    @JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, setterVisibility = JsonAutoDetect.Visibility.NONE)
    public static final class Builder {
        private BigDecimal fx;
        private BigDecimal pos;
        private BigDecimal bank;
        /** Null until the first additional property: most objects have none. */
        @JsonIgnore
        private Map<String, JsonNode> additionalProperties;

        private Builder() {
        }

        private Builder(ExpensePaymentFees source) {
            this.fx = source.fx;
            this.pos = source.pos;
            this.bank = source.bank;
            this.additionalProperties = source.additionalProperties.isEmpty() ? null
                    : new LinkedHashMap<>(source.additionalProperties);
        }

        /** Sets {@link ExpensePaymentFees#fx()}: amount of currency exchange fees. */
        public Builder fx(BigDecimal value) {
            this.fx = value;
            return this;
        }

        /** Sets {@link ExpensePaymentFees#pos()}: amount of POS transaction fees. */
        public Builder pos(BigDecimal value) {
            this.pos = value;
            return this;
        }

        /** Sets {@link ExpensePaymentFees#bank()}: amount of bank transaction fees. */
        public Builder bank(BigDecimal value) {
            this.bank = value;
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

        /** The {@link ExpensePaymentFees}. */
        public ExpensePaymentFees build() {
            return new ExpensePaymentFees(this);
        }
    }
}
