package io.github.payhawk4j.model.expense;

import java.math.BigDecimal;
import java.util.List;

/**
 * The route, distance and rates of a mileage expense ({@code IExpenseMileage}).
 *
 * @param routeStops the route stops of the trip
 * @param isRoundTrip whether the trip is a round trip
 * @param distance the distance for this trip
 * @param distanceUnit the unit of distance for this trip
 * @param editedDistance the edited distance for this trip
 * @param vehicleType the vehicle type for this trip, e.g. car or bike
 * @param appliedRates the rates applied to the trip
 */
public record ExpenseMileage(
        List<ExpenseMileageStop> routeStops,
        boolean isRoundTrip,
        BigDecimal distance,
        DistanceUnit distanceUnit,
        BigDecimal editedDistance,
        String vehicleType,
        ExpenseMileageRate appliedRates) {

    /** Copies the lists, so the record stays immutable; an absent list becomes empty. */
    public ExpenseMileage {
        routeStops = routeStops == null ? List.of() : List.copyOf(routeStops);
    }
}
