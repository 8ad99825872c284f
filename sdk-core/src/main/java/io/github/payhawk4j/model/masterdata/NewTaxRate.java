package io.github.payhawk4j.model.masterdata;

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
 * A tax rate of the list {@code PUT /tax-rates} replaces the account's tax rates with ({@code INewTaxRate}).
 *
 * <p>Immutable. {@link Builder#build()} refuses a missing {@code name} or {@code code} or {@code rate}, as the API requires them, before
 * anything is sent.
 */
@JsonDeserialize(builder = NewTaxRate.Builder.class)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE, isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public final class NewTaxRate {

    private final String name;
    private final String code;
    private final BigDecimal rate;
    @JsonIgnore
    private final Map<String, JsonNode> additionalProperties;

    private NewTaxRate(Builder builder) {
        this.name = Objects.requireNonNull(builder.name, "name");
        this.code = Objects.requireNonNull(builder.code, "code");
        this.rate = Objects.requireNonNull(builder.rate, "rate");
        this.additionalProperties = builder.additionalProperties == null ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(builder.additionalProperties));
        if (rate.abs().compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException("rate must be between -100 and 100, was " + rate);
        }
    }

    /** A builder with nothing set. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this object's values, to build a changed copy. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** {@return name of the tax rate} */
    public String name() {
        return name;
    }

    /** {@return identification code of the tax rate} */
    public String code() {
        return code;
    }

    /** {@return tax rate in percent, from -100 to 100} */
    public BigDecimal rate() {
        return rate;
    }

    /** Fields of the JSON object this SDK version has no accessor for, by name; empty if none. Immutable. */
    @JsonAnyGetter
    public Map<String, JsonNode> additionalProperties() {
        return additionalProperties;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof NewTaxRate that
                && Objects.equals(name, that.name) && Objects.equals(code, that.code) && Objects.equals(rate, that.rate)
                && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, code, rate, additionalProperties);
    }

    @Override
    public String toString() {
        return "NewTaxRate{name=" + name + ", code=" + code + ", rate=" + rate
                + ", additionalProperties=" + additionalProperties + '}';
    }

    /** Builds {@link NewTaxRate} objects; not thread-safe. Unset fields stay null. */
    // Jackson reads JSON into the builder's fields: a reflective setter call per property would cost more.
    @JsonPOJOBuilder(withPrefix = "")
    @JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, setterVisibility = JsonAutoDetect.Visibility.NONE)
    public static final class Builder {
        private String name;
        private String code;
        private BigDecimal rate;
        /** Null until the first additional property: most objects have none. */
        @JsonIgnore
        private Map<String, JsonNode> additionalProperties;

        private Builder() {
        }

        private Builder(NewTaxRate source) {
            this.name = source.name;
            this.code = source.code;
            this.rate = source.rate;
            this.additionalProperties = source.additionalProperties.isEmpty() ? null
                    : new LinkedHashMap<>(source.additionalProperties);
        }

        /** Sets {@link NewTaxRate#name()}: name of the tax rate. */
        public Builder name(String value) {
            this.name = value;
            return this;
        }

        /** Sets {@link NewTaxRate#code()}: identification code of the tax rate. */
        public Builder code(String value) {
            this.code = value;
            return this;
        }

        /** Sets {@link NewTaxRate#rate()}: tax rate in percent, from -100 to 100. */
        public Builder rate(BigDecimal value) {
            this.rate = value;
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
         * The {@link NewTaxRate}.
         *
         * @throws NullPointerException if {@code name} or {@code code} or {@code rate} was not set
         * @throws IllegalArgumentException if the rate is outside -100..100, the range the API accepts
         */
        public NewTaxRate build() {
            return new NewTaxRate(this);
        }
    }
}
