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
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The route, distance and rates of a mileage expense ({@code IExpenseMileage}).
 *
 * <p>Immutable. Fields Payhawk sends that this SDK version does not know are kept in
 * {@link #additionalProperties()}; build one for a test with {@link #builder()}.
 */
@JsonDeserialize(builder = ExpenseMileage.Builder.class)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE, isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public final class ExpenseMileage {

    private final List<ExpenseMileageStop> routeStops;
    private final boolean isRoundTrip;
    private final BigDecimal distance;
    private final DistanceUnit distanceUnit;
    private final BigDecimal editedDistance;
    private final String vehicleType;
    private final ExpenseMileageRate appliedRates;
    @JsonIgnore
    private final Map<String, JsonNode> additionalProperties;

    private ExpenseMileage(Builder builder) {
        this.routeStops = builder.routeStops == null ? List.of() : List.copyOf(builder.routeStops);
        this.isRoundTrip = builder.isRoundTrip;
        this.distance = builder.distance;
        this.distanceUnit = builder.distanceUnit;
        this.editedDistance = builder.editedDistance;
        this.vehicleType = builder.vehicleType;
        this.appliedRates = builder.appliedRates;
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

    /** {@return the route stops of the trip; never null, empty if absent} */
    public List<ExpenseMileageStop> routeStops() {
        return routeStops;
    }

    /** {@return whether the trip is a round trip} */
    public boolean isRoundTrip() {
        return isRoundTrip;
    }

    /** {@return the distance for this trip} */
    public BigDecimal distance() {
        return distance;
    }

    /** {@return the unit of distance for this trip} */
    public DistanceUnit distanceUnit() {
        return distanceUnit;
    }

    /** {@return the edited distance for this trip} */
    public BigDecimal editedDistance() {
        return editedDistance;
    }

    /** {@return the vehicle type for this trip, e.g. car or bike} */
    public String vehicleType() {
        return vehicleType;
    }

    /** {@return the rates applied to the trip} */
    public ExpenseMileageRate appliedRates() {
        return appliedRates;
    }

    /** Fields of the JSON object this SDK version has no accessor for, by name; empty if none. Immutable. */
    @JsonAnyGetter
    public Map<String, JsonNode> additionalProperties() {
        return additionalProperties;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof ExpenseMileage that && Objects.equals(routeStops, that.routeStops)
                && isRoundTrip == that.isRoundTrip && Objects.equals(distance, that.distance)
                && Objects.equals(distanceUnit, that.distanceUnit)
                && Objects.equals(editedDistance, that.editedDistance)
                && Objects.equals(vehicleType, that.vehicleType)
                && Objects.equals(appliedRates, that.appliedRates)
                && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(routeStops, isRoundTrip, distance, distanceUnit, editedDistance, vehicleType, appliedRates
                , additionalProperties);
    }

    @Override
    public String toString() {
        return "ExpenseMileage{routeStops=" + routeStops + ", isRoundTrip=" + isRoundTrip + ", distance=" + distance
                + ", distanceUnit=" + distanceUnit + ", editedDistance=" + editedDistance
                + ", vehicleType=" + vehicleType + ", appliedRates=" + appliedRates
                + ", additionalProperties=" + additionalProperties + '}';
    }

    /** Builds {@link ExpenseMileage} objects; not thread-safe. Unset fields stay null (lists empty). */
    // Jackson reads JSON into the builder's fields: a reflective setter call per property would cost more.
    @JsonPOJOBuilder(withPrefix = "")
    @JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, setterVisibility = JsonAutoDetect.Visibility.NONE)
    public static final class Builder {
        private List<ExpenseMileageStop> routeStops;
        private boolean isRoundTrip;
        private BigDecimal distance;
        private DistanceUnit distanceUnit;
        private BigDecimal editedDistance;
        private String vehicleType;
        private ExpenseMileageRate appliedRates;
        /** Null until the first additional property: most objects have none. */
        @JsonIgnore
        private Map<String, JsonNode> additionalProperties;

        private Builder() {
        }

        private Builder(ExpenseMileage source) {
            this.routeStops = source.routeStops;
            this.isRoundTrip = source.isRoundTrip;
            this.distance = source.distance;
            this.distanceUnit = source.distanceUnit;
            this.editedDistance = source.editedDistance;
            this.vehicleType = source.vehicleType;
            this.appliedRates = source.appliedRates;
            this.additionalProperties = source.additionalProperties.isEmpty() ? null
                    : new LinkedHashMap<>(source.additionalProperties);
        }

        /** Sets {@link ExpenseMileage#routeStops()}: the route stops of the trip. */
        public Builder routeStops(List<ExpenseMileageStop> value) {
            this.routeStops = value;
            return this;
        }

        /** Sets {@link ExpenseMileage#isRoundTrip()}: whether the trip is a round trip. */
        public Builder isRoundTrip(boolean value) {
            this.isRoundTrip = value;
            return this;
        }

        /** Sets {@link ExpenseMileage#distance()}: the distance for this trip. */
        public Builder distance(BigDecimal value) {
            this.distance = value;
            return this;
        }

        /** Sets {@link ExpenseMileage#distanceUnit()}: the unit of distance for this trip. */
        public Builder distanceUnit(DistanceUnit value) {
            this.distanceUnit = value;
            return this;
        }

        /** Sets {@link ExpenseMileage#editedDistance()}: the edited distance for this trip. */
        public Builder editedDistance(BigDecimal value) {
            this.editedDistance = value;
            return this;
        }

        /** Sets {@link ExpenseMileage#vehicleType()}: the vehicle type for this trip, e.g. car or bike. */
        public Builder vehicleType(String value) {
            this.vehicleType = value;
            return this;
        }

        /** Sets {@link ExpenseMileage#appliedRates()}: the rates applied to the trip. */
        public Builder appliedRates(ExpenseMileageRate value) {
            this.appliedRates = value;
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

        /** The {@link ExpenseMileage}. */
        public ExpenseMileage build() {
            return new ExpenseMileage(this);
        }
    }
}
