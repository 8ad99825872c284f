package io.github.payhawk4j.model.expense;

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
import java.util.Map;
import java.util.Objects;

/**
 * A place a per diem trip stopped at ({@code IExpensePerDiemStop}).
 *
 * <p>Immutable. Fields Payhawk sends that this SDK version does not know are kept in
 * {@link #additionalProperties()}; build one for a test with {@link #builder()}.
 */
@JsonDeserialize(builder = ExpensePerDiemStop.Builder.class)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE, isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public final class ExpensePerDiemStop {

    private final String address;
    private final Instant date;
    private final String timezone;
    private final String countryCode;
    private final String city;
    @JsonIgnore
    private final Map<String, JsonNode> additionalProperties;

    private ExpensePerDiemStop(Builder builder) {
        this.address = builder.address;
        this.date = builder.date;
        this.timezone = builder.timezone;
        this.countryCode = builder.countryCode;
        this.city = builder.city;
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

    /** {@return address of the stop} */
    public String address() {
        return address;
    }

    /** {@return first date in the given location} */
    public Instant date() {
        return date;
    }

    /** {@return timezone of the given city} */
    public String timezone() {
        return timezone;
    }

    /** {@return country code} */
    public String countryCode() {
        return countryCode;
    }

    /** {@return name of the city} */
    public String city() {
        return city;
    }

    /** Fields of the JSON object this SDK version has no accessor for, by name; empty if none. Immutable. */
    @JsonAnyGetter
    public Map<String, JsonNode> additionalProperties() {
        return additionalProperties;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof ExpensePerDiemStop that && Objects.equals(address, that.address)
                && Objects.equals(date, that.date) && Objects.equals(timezone, that.timezone)
                && Objects.equals(countryCode, that.countryCode) && Objects.equals(city, that.city)
                && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(address, date, timezone, countryCode, city, additionalProperties);
    }

    @Override
    public String toString() {
        return "ExpensePerDiemStop{address=" + address + ", date=" + date + ", timezone=" + timezone
                + ", countryCode=" + countryCode + ", city=" + city
                + ", additionalProperties=" + additionalProperties + '}';
    }

    /** Builds {@link ExpensePerDiemStop} objects; not thread-safe. Unset fields stay null (lists empty). */
    // Jackson reads JSON into the builder's fields: a reflective setter call per property would cost more.
    @JsonPOJOBuilder(withPrefix = "")
    @JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, setterVisibility = JsonAutoDetect.Visibility.NONE)
    public static final class Builder {
        private String address;
        private Instant date;
        private String timezone;
        private String countryCode;
        private String city;
        /** Null until the first additional property: most objects have none. */
        @JsonIgnore
        private Map<String, JsonNode> additionalProperties;

        private Builder() {
        }

        private Builder(ExpensePerDiemStop source) {
            this.address = source.address;
            this.date = source.date;
            this.timezone = source.timezone;
            this.countryCode = source.countryCode;
            this.city = source.city;
            this.additionalProperties = source.additionalProperties.isEmpty() ? null
                    : new LinkedHashMap<>(source.additionalProperties);
        }

        /** Sets {@link ExpensePerDiemStop#address()}: address of the stop. */
        public Builder address(String value) {
            this.address = value;
            return this;
        }

        /** Sets {@link ExpensePerDiemStop#date()}: first date in the given location. */
        public Builder date(Instant value) {
            this.date = value;
            return this;
        }

        /** Sets {@link ExpensePerDiemStop#timezone()}: timezone of the given city. */
        public Builder timezone(String value) {
            this.timezone = value;
            return this;
        }

        /** Sets {@link ExpensePerDiemStop#countryCode()}: country code. */
        public Builder countryCode(String value) {
            this.countryCode = value;
            return this;
        }

        /** Sets {@link ExpensePerDiemStop#city()}: name of the city. */
        public Builder city(String value) {
            this.city = value;
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

        /** The {@link ExpensePerDiemStop}. */
        public ExpensePerDiemStop build() {
            return new ExpensePerDiemStop(this);
        }
    }
}
