package io.github.payhawk4j.model.expense;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import com.fasterxml.jackson.databind.node.NullNode;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The rates applied to a mileage trip ({@code IExpenseMileageRate}).
 *
 * <p>Immutable. Fields Payhawk sends that this SDK version does not know are kept in
 * {@link #additionalProperties()}; build one for a test with {@link #builder()}.
 */
@JsonDeserialize(builder = ExpenseMileageRate.Builder.class)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE, isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public final class ExpenseMileageRate {

    private final MileageRateType type;
    private final MileageThresholdType thresholdType;
    @JsonProperty("accumulatedMilage")
    private final BigDecimal accumulatedMileage;
    private final List<String> thresholdDefinitions;
    private final Map<String, Object> rates;
    @JsonIgnore
    private final Map<String, JsonNode> additionalProperties;

    private ExpenseMileageRate(Builder builder) {
        this.type = builder.type;
        this.thresholdType = builder.thresholdType;
        this.accumulatedMileage = builder.accumulatedMileage;
        this.thresholdDefinitions = builder.thresholdDefinitions == null ? List.of() : List.copyOf(builder.thresholdDefinitions);
        // Map.copyOf would reject the JSON nulls an untyped object may hold.
        this.rates = builder.rates == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(builder.rates));
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

    /** {@return the type of the given rate} */
    public MileageRateType type() {
        return type;
    }

    /** {@return the threshold type of the given rate} */
    public MileageThresholdType thresholdType() {
        return thresholdType;
    }

    /**
     * {@return the mileage accumulated in the calendar period, not counting this expense (wire name {@code
     * accumulatedMilage})}
     */
    public BigDecimal accumulatedMileage() {
        return accumulatedMileage;
    }

    /** {@return the threshold definitions for the given rate; never null, empty if absent} */
    public List<String> thresholdDefinitions() {
        return thresholdDefinitions;
    }

    /**
     * {@return the applied rates as the API sends them; the spec leaves their shape open, so values are untyped JSON
     * ({@code String}, {@code BigDecimal}, {@code Integer}, {@code Boolean}, {@code List}, {@code Map}); never null}
     */
    public Map<String, Object> rates() {
        return rates;
    }

    /** Fields of the JSON object this SDK version has no accessor for, by name; empty if none. Immutable. */
    @JsonAnyGetter
    public Map<String, JsonNode> additionalProperties() {
        return additionalProperties;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof ExpenseMileageRate that && Objects.equals(type, that.type)
                && Objects.equals(thresholdType, that.thresholdType)
                && Objects.equals(accumulatedMileage, that.accumulatedMileage)
                && Objects.equals(thresholdDefinitions, that.thresholdDefinitions)
                && Objects.equals(rates, that.rates) && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, thresholdType, accumulatedMileage, thresholdDefinitions, rates, additionalProperties);
    }

    @Override
    public String toString() {
        return "ExpenseMileageRate{type=" + type + ", thresholdType=" + thresholdType
                + ", accumulatedMileage=" + accumulatedMileage
                + ", thresholdDefinitions=" + thresholdDefinitions + ", rates=" + rates
                + ", additionalProperties=" + additionalProperties + '}';
    }

    /** Builds {@link ExpenseMileageRate} objects; not thread-safe. Unset fields stay null (lists empty). */
    // Jackson reads JSON into the builder's fields: a reflective setter call per property would cost more.
    @JsonPOJOBuilder(withPrefix = "")
    @JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, setterVisibility = JsonAutoDetect.Visibility.NONE)
    public static final class Builder {
        private MileageRateType type;
        private MileageThresholdType thresholdType;
        @JsonProperty("accumulatedMilage")
        private BigDecimal accumulatedMileage;
        private List<String> thresholdDefinitions;
        private Map<String, Object> rates;
        /** Null until the first additional property: most objects have none. */
        @JsonIgnore
        private Map<String, JsonNode> additionalProperties;

        private Builder() {
        }

        private Builder(ExpenseMileageRate source) {
            this.type = source.type;
            this.thresholdType = source.thresholdType;
            this.accumulatedMileage = source.accumulatedMileage;
            this.thresholdDefinitions = source.thresholdDefinitions;
            this.rates = source.rates;
            this.additionalProperties = source.additionalProperties.isEmpty() ? null
                    : new LinkedHashMap<>(source.additionalProperties);
        }

        /** Sets {@link ExpenseMileageRate#type()}: the type of the given rate. */
        public Builder type(MileageRateType value) {
            this.type = value;
            return this;
        }

        /** Sets {@link ExpenseMileageRate#thresholdType()}: the threshold type of the given rate. */
        public Builder thresholdType(MileageThresholdType value) {
            this.thresholdType = value;
            return this;
        }

        /**
         * Sets {@link ExpenseMileageRate#accumulatedMileage()}: the mileage accumulated in the calendar period, not
         * counting this expense (wire name {@code accumulatedMilage}).
         */
        public Builder accumulatedMileage(BigDecimal value) {
            this.accumulatedMileage = value;
            return this;
        }

        /** Sets {@link ExpenseMileageRate#thresholdDefinitions()}: the threshold definitions for the given rate. */
        public Builder thresholdDefinitions(List<String> value) {
            this.thresholdDefinitions = value;
            return this;
        }

        /**
         * Sets {@link ExpenseMileageRate#rates()}: the applied rates as the API sends them; the spec leaves their shape
         * open, so values are untyped JSON ({@code String}, {@code BigDecimal}, {@code Integer}, {@code Boolean},
         * {@code List}, {@code Map}).
         */
        public Builder rates(Map<String, Object> value) {
            this.rates = value;
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

        /** The {@link ExpenseMileageRate}. */
        public ExpenseMileageRate build() {
            return new ExpenseMileageRate(this);
        }
    }
}
