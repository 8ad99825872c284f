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
 * A tax rate of the account's list of tax rates ({@code ITaxRate}); the tax rate applied to one expense is
 * {@link io.github.payhawk4j.model.expense.TaxRate}.
 *
 * <p>Immutable. Fields Payhawk sends that this SDK version does not know are kept in
 * {@link #additionalProperties()}; build one for a test with {@link #builder()}.
 */
@JsonDeserialize(builder = TaxRate.Builder.class)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE, isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public final class TaxRate {

    private final String name;
    private final String code;
    private final BigDecimal rate;
    private final String id;
    @JsonIgnore
    private final Map<String, JsonNode> additionalProperties;

    private TaxRate(Builder builder) {
        this.name = builder.name;
        this.code = builder.code;
        this.rate = builder.rate;
        this.id = builder.id;
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

    /** {@return name of the tax rate} */
    public String name() {
        return name;
    }

    /** {@return identification code of the tax rate} */
    public String code() {
        return code;
    }

    /** {@return tax rate in percent, exactly as sent} */
    public BigDecimal rate() {
        return rate;
    }

    /** {@return unique identifier of the tax rate} */
    public String id() {
        return id;
    }

    /** Fields of the JSON object this SDK version has no accessor for, by name; empty if none. Immutable. */
    @JsonAnyGetter
    public Map<String, JsonNode> additionalProperties() {
        return additionalProperties;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof TaxRate that
                && Objects.equals(name, that.name) && Objects.equals(code, that.code) && Objects.equals(rate, that.rate) && Objects.equals(id, that.id)
                && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, code, rate, id, additionalProperties);
    }

    @Override
    public String toString() {
        return "TaxRate{name=" + name + ", code=" + code + ", rate=" + rate + ", id=" + id
                + ", additionalProperties=" + additionalProperties + '}';
    }

    /** Builds {@link TaxRate} objects; not thread-safe. Unset fields stay null. */
    // Jackson reads JSON into the builder's fields: a reflective setter call per property would cost more.
    @JsonPOJOBuilder(withPrefix = "")
    @JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, setterVisibility = JsonAutoDetect.Visibility.NONE)
    public static final class Builder {
        private String name;
        private String code;
        private BigDecimal rate;
        private String id;
        /** Null until the first additional property: most objects have none. */
        @JsonIgnore
        private Map<String, JsonNode> additionalProperties;

        private Builder() {
        }

        private Builder(TaxRate source) {
            this.name = source.name;
            this.code = source.code;
            this.rate = source.rate;
            this.id = source.id;
            this.additionalProperties = source.additionalProperties.isEmpty() ? null
                    : new LinkedHashMap<>(source.additionalProperties);
        }

        /** Sets {@link TaxRate#name()}: name of the tax rate. */
        public Builder name(String value) {
            this.name = value;
            return this;
        }

        /** Sets {@link TaxRate#code()}: identification code of the tax rate. */
        public Builder code(String value) {
            this.code = value;
            return this;
        }

        /** Sets {@link TaxRate#rate()}: tax rate in percent, exactly as sent. */
        public Builder rate(BigDecimal value) {
            this.rate = value;
            return this;
        }

        /** Sets {@link TaxRate#id()}: unique identifier of the tax rate. */
        public Builder id(String value) {
            this.id = value;
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

        /** The {@link TaxRate}. */
        public TaxRate build() {
            return new TaxRate(this);
        }
    }
}
