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
 * A per diem rule (rate, addition or deduction) applied to one day ({@code IExpensePerDiemAppliedRule}).
 *
 * <p>Immutable. Fields Payhawk sends that this SDK version does not know are kept in
 * {@link #additionalProperties()}; build one for a test with {@link #builder()}.
 */
@JsonDeserialize(builder = ExpensePerDiemAppliedRule.Builder.class)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE, isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public final class ExpensePerDiemAppliedRule {

    private final BigDecimal amount;
    private final String currency;
    private final String name;
    private final PerDiemRuleType type;
    @JsonIgnore
    private final Map<String, JsonNode> additionalProperties;

    private ExpensePerDiemAppliedRule(Builder builder) {
        this.amount = builder.amount;
        this.currency = builder.currency;
        this.name = builder.name;
        this.type = builder.type;
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

    /** {@return amount the rule adds, deducts or sets} */
    public BigDecimal amount() {
        return amount;
    }

    /** {@return currency of the amount} */
    public String currency() {
        return currency;
    }

    /** {@return name of the rule} */
    public String name() {
        return name;
    }

    /** {@return type of the rule, for example rate or deduction} */
    public PerDiemRuleType type() {
        return type;
    }

    /** Fields of the JSON object this SDK version has no accessor for, by name; empty if none. Immutable. */
    @JsonAnyGetter
    public Map<String, JsonNode> additionalProperties() {
        return additionalProperties;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof ExpensePerDiemAppliedRule that && Objects.equals(amount, that.amount)
                && Objects.equals(currency, that.currency) && Objects.equals(name, that.name)
                && Objects.equals(type, that.type) && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(amount, currency, name, type, additionalProperties);
    }

    @Override
    public String toString() {
        return "ExpensePerDiemAppliedRule{amount=" + amount + ", currency=" + currency + ", name=" + name
                + ", type=" + type + ", additionalProperties=" + additionalProperties + '}';
    }

    /** Builds {@link ExpensePerDiemAppliedRule} objects; not thread-safe. Unset fields stay null (lists empty). */
    // Jackson reads JSON into the builder's fields: a reflective setter call per property would cost more.
    @JsonPOJOBuilder(withPrefix = "")
    @JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, setterVisibility = JsonAutoDetect.Visibility.NONE)
    public static final class Builder {
        private BigDecimal amount;
        private String currency;
        private String name;
        private PerDiemRuleType type;
        /** Null until the first additional property: most objects have none. */
        @JsonIgnore
        private Map<String, JsonNode> additionalProperties;

        private Builder() {
        }

        private Builder(ExpensePerDiemAppliedRule source) {
            this.amount = source.amount;
            this.currency = source.currency;
            this.name = source.name;
            this.type = source.type;
            this.additionalProperties = source.additionalProperties.isEmpty() ? null
                    : new LinkedHashMap<>(source.additionalProperties);
        }

        /** Sets {@link ExpensePerDiemAppliedRule#amount()}: amount the rule adds, deducts or sets. */
        public Builder amount(BigDecimal value) {
            this.amount = value;
            return this;
        }

        /** Sets {@link ExpensePerDiemAppliedRule#currency()}: currency of the amount. */
        public Builder currency(String value) {
            this.currency = value;
            return this;
        }

        /** Sets {@link ExpensePerDiemAppliedRule#name()}: name of the rule. */
        public Builder name(String value) {
            this.name = value;
            return this;
        }

        /** Sets {@link ExpensePerDiemAppliedRule#type()}: type of the rule, for example rate or deduction. */
        public Builder type(PerDiemRuleType value) {
            this.type = value;
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

        /** The {@link ExpensePerDiemAppliedRule}. */
        public ExpensePerDiemAppliedRule build() {
            return new ExpensePerDiemAppliedRule(this);
        }
    }
}
