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
 * A stop on the route of a mileage expense ({@code IExpenseMileageStop}).
 *
 * <p>Immutable. Fields Payhawk sends that this SDK version does not know are kept in
 * {@link #additionalProperties()}; build one for a test with {@link #builder()}.
 */
@JsonDeserialize(builder = ExpenseMileageStop.Builder.class)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE, isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public final class ExpenseMileageStop {

    private final String label;
    private final ExpenseMileageStopCoordinates coordinates;
    @JsonIgnore
    private final Map<String, JsonNode> additionalProperties;

    private ExpenseMileageStop(Builder builder) {
        this.label = builder.label;
        this.coordinates = builder.coordinates;
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

    /** {@return the label for the given route stop} */
    public String label() {
        return label;
    }

    /** {@return where the stop is} */
    public ExpenseMileageStopCoordinates coordinates() {
        return coordinates;
    }

    /** Fields of the JSON object this SDK version has no accessor for, by name; empty if none. Immutable. */
    @JsonAnyGetter
    public Map<String, JsonNode> additionalProperties() {
        return additionalProperties;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof ExpenseMileageStop that && Objects.equals(label, that.label)
                && Objects.equals(coordinates, that.coordinates)
                && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(label, coordinates, additionalProperties);
    }

    @Override
    public String toString() {
        return "ExpenseMileageStop{label=" + label + ", coordinates=" + coordinates
                + ", additionalProperties=" + additionalProperties + '}';
    }

    /** Builds {@link ExpenseMileageStop} objects; not thread-safe. Unset fields stay null (lists empty). */
    // Jackson reads JSON into the builder's fields: a reflective setter call per property would cost more.
    @JsonPOJOBuilder(withPrefix = "")
    @JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, setterVisibility = JsonAutoDetect.Visibility.NONE)
    public static final class Builder {
        private String label;
        private ExpenseMileageStopCoordinates coordinates;
        /** Null until the first additional property: most objects have none. */
        @JsonIgnore
        private Map<String, JsonNode> additionalProperties;

        private Builder() {
        }

        private Builder(ExpenseMileageStop source) {
            this.label = source.label;
            this.coordinates = source.coordinates;
            this.additionalProperties = source.additionalProperties.isEmpty() ? null
                    : new LinkedHashMap<>(source.additionalProperties);
        }

        /** Sets {@link ExpenseMileageStop#label()}: the label for the given route stop. */
        public Builder label(String value) {
            this.label = value;
            return this;
        }

        /** Sets {@link ExpenseMileageStop#coordinates()}: where the stop is. */
        public Builder coordinates(ExpenseMileageStopCoordinates value) {
            this.coordinates = value;
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

        /** The {@link ExpenseMileageStop}. */
        public ExpenseMileageStop build() {
            return new ExpenseMileageStop(this);
        }
    }
}
