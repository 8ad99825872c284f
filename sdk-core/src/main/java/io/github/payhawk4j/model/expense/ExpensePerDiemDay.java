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
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One day covered by a per diem expense and the amount allowed for it ({@code IExpensePerDiemDay}).
 *
 * <p>Immutable. Fields Payhawk sends that this SDK version does not know are kept in
 * {@link #additionalProperties()}; build one for a test with {@link #builder()}.
 */
@JsonDeserialize(builder = ExpensePerDiemDay.Builder.class)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE, isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public final class ExpensePerDiemDay {

    private final String city;
    private final String countryCode;
    private final Instant date;
    private final String timezone;
    private final BigDecimal amount;
    private final String currency;
    private final List<ExpensePerDiemAppliedRule> appliedRules;
    @JsonIgnore
    private final Map<String, JsonNode> additionalProperties;

    private ExpensePerDiemDay(Builder builder) {
        this.city = builder.city;
        this.countryCode = builder.countryCode;
        this.date = builder.date;
        this.timezone = builder.timezone;
        this.amount = builder.amount;
        this.currency = builder.currency;
        this.appliedRules = builder.appliedRules == null ? List.of() : List.copyOf(builder.appliedRules);
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

    /** {@return name of the city} */
    public String city() {
        return city;
    }

    /** {@return country code} */
    public String countryCode() {
        return countryCode;
    }

    /** {@return the day} */
    public Instant date() {
        return date;
    }

    /** {@return timezone of the given city} */
    public String timezone() {
        return timezone;
    }

    /** {@return amount allowed for the day} */
    public BigDecimal amount() {
        return amount;
    }

    /** {@return currency of the amount (ISO 4217 code)} */
    public String currency() {
        return currency;
    }

    /** {@return the rules applied to the given day; never null, empty if absent} */
    public List<ExpensePerDiemAppliedRule> appliedRules() {
        return appliedRules;
    }

    /** Fields of the JSON object this SDK version has no accessor for, by name; empty if none. Immutable. */
    @JsonAnyGetter
    public Map<String, JsonNode> additionalProperties() {
        return additionalProperties;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof ExpensePerDiemDay that && Objects.equals(city, that.city)
                && Objects.equals(countryCode, that.countryCode) && Objects.equals(date, that.date)
                && Objects.equals(timezone, that.timezone) && Objects.equals(amount, that.amount)
                && Objects.equals(currency, that.currency) && Objects.equals(appliedRules, that.appliedRules)
                && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(city, countryCode, date, timezone, amount, currency, appliedRules, additionalProperties);
    }

    @Override
    public String toString() {
        return "ExpensePerDiemDay{city=" + city + ", countryCode=" + countryCode + ", date=" + date
                + ", timezone=" + timezone + ", amount=" + amount + ", currency=" + currency
                + ", appliedRules=" + appliedRules + ", additionalProperties=" + additionalProperties + '}';
    }

    /** Builds {@link ExpensePerDiemDay} objects; not thread-safe. Unset fields stay null (lists empty). */
    // Jackson reads JSON into the builder's fields: a reflective setter call per property would cost more.
    @JsonPOJOBuilder(withPrefix = "")
    @JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, setterVisibility = JsonAutoDetect.Visibility.NONE)
    public static final class Builder {
        private String city;
        private String countryCode;
        private Instant date;
        private String timezone;
        private BigDecimal amount;
        private String currency;
        private List<ExpensePerDiemAppliedRule> appliedRules;
        /** Null until the first additional property: most objects have none. */
        @JsonIgnore
        private Map<String, JsonNode> additionalProperties;

        private Builder() {
        }

        private Builder(ExpensePerDiemDay source) {
            this.city = source.city;
            this.countryCode = source.countryCode;
            this.date = source.date;
            this.timezone = source.timezone;
            this.amount = source.amount;
            this.currency = source.currency;
            this.appliedRules = source.appliedRules;
            this.additionalProperties = source.additionalProperties.isEmpty() ? null
                    : new LinkedHashMap<>(source.additionalProperties);
        }

        /** Sets {@link ExpensePerDiemDay#city()}: name of the city. */
        public Builder city(String value) {
            this.city = value;
            return this;
        }

        /** Sets {@link ExpensePerDiemDay#countryCode()}: country code. */
        public Builder countryCode(String value) {
            this.countryCode = value;
            return this;
        }

        /** Sets {@link ExpensePerDiemDay#date()}: the day. */
        public Builder date(Instant value) {
            this.date = value;
            return this;
        }

        /** Sets {@link ExpensePerDiemDay#timezone()}: timezone of the given city. */
        public Builder timezone(String value) {
            this.timezone = value;
            return this;
        }

        /** Sets {@link ExpensePerDiemDay#amount()}: amount allowed for the day. */
        public Builder amount(BigDecimal value) {
            this.amount = value;
            return this;
        }

        /** Sets {@link ExpensePerDiemDay#currency()}: currency of the amount (ISO 4217 code). */
        public Builder currency(String value) {
            this.currency = value;
            return this;
        }

        /** Sets {@link ExpensePerDiemDay#appliedRules()}: the rules applied to the given day. */
        public Builder appliedRules(List<ExpensePerDiemAppliedRule> value) {
            this.appliedRules = value;
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

        /** The {@link ExpensePerDiemDay}. */
        public ExpensePerDiemDay build() {
            return new ExpensePerDiemDay(this);
        }
    }
}
