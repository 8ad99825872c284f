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
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The stops and days a per diem expense covers ({@code IExpensePerDiem}).
 *
 * <p>Immutable. Fields Payhawk sends that this SDK version does not know are kept in
 * {@link #additionalProperties()}; build one for a test with {@link #builder()}.
 */
@JsonDeserialize(builder = ExpensePerDiem.Builder.class)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE, isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public final class ExpensePerDiem {

    private final List<ExpensePerDiemStop> stops;
    private final List<ExpensePerDiemDay> days;
    @JsonIgnore
    private final Map<String, JsonNode> additionalProperties;

    private ExpensePerDiem(Builder builder) {
        this.stops = builder.stops == null ? List.of() : List.copyOf(builder.stops);
        this.days = builder.days == null ? List.of() : List.copyOf(builder.days);
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

    /** {@return stops of the per diem trip; never null, empty if absent} */
    public List<ExpensePerDiemStop> stops() {
        return stops;
    }

    /** {@return days covered by the per diem expense; never null, empty if absent} */
    public List<ExpensePerDiemDay> days() {
        return days;
    }

    /** Fields of the JSON object this SDK version has no accessor for, by name; empty if none. Immutable. */
    @JsonAnyGetter
    public Map<String, JsonNode> additionalProperties() {
        return additionalProperties;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof ExpensePerDiem that && Objects.equals(stops, that.stops)
                && Objects.equals(days, that.days) && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(stops, days, additionalProperties);
    }

    @Override
    public String toString() {
        return "ExpensePerDiem{stops=" + stops + ", days=" + days + ", additionalProperties=" + additionalProperties
                + '}';
    }

    /** Builds {@link ExpensePerDiem} objects; not thread-safe. Unset fields stay null (lists empty). */
    // Jackson reads JSON into the builder's fields: a reflective setter call per property would cost more.
    @JsonPOJOBuilder(withPrefix = "")
    @JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, setterVisibility = JsonAutoDetect.Visibility.NONE)
    public static final class Builder {
        private List<ExpensePerDiemStop> stops;
        private List<ExpensePerDiemDay> days;
        /** Null until the first additional property: most objects have none. */
        @JsonIgnore
        private Map<String, JsonNode> additionalProperties;

        private Builder() {
        }

        private Builder(ExpensePerDiem source) {
            this.stops = source.stops;
            this.days = source.days;
            this.additionalProperties = source.additionalProperties.isEmpty() ? null
                    : new LinkedHashMap<>(source.additionalProperties);
        }

        /** Sets {@link ExpensePerDiem#stops()}: stops of the per diem trip. */
        public Builder stops(List<ExpensePerDiemStop> value) {
            this.stops = value;
            return this;
        }

        /** Sets {@link ExpensePerDiem#days()}: days covered by the per diem expense. */
        public Builder days(List<ExpensePerDiemDay> value) {
            this.days = value;
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

        /** The {@link ExpensePerDiem}. */
        public ExpensePerDiem build() {
            return new ExpensePerDiem(this);
        }
    }
}
