package io.github.payhawk4j.model.expense;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rates applied to a mileage trip ({@code IExpenseMileageRate}).
 *
 * @param type the type of the given rate
 * @param thresholdType the threshold type of the given rate
 * @param accumulatedMileage the mileage accumulated in the calendar period, not counting this expense
 *        (wire name {@code accumulatedMilage})
 * @param thresholdDefinitions the threshold definitions for the given rate
 * @param rates the applied rates as the API sends them; the spec leaves their shape open, so values are
 *        untyped JSON ({@code String}, {@code BigDecimal}, {@code Integer}, {@code Boolean}, {@code List}, {@code Map})
 */
public record ExpenseMileageRate(
        MileageRateType type,
        MileageThresholdType thresholdType,
        @JsonProperty("accumulatedMilage") BigDecimal accumulatedMileage,
        List<String> thresholdDefinitions,
        Map<String, Object> rates) {

    /** Copies the list and the map, so the record stays immutable; absent ones become empty. */
    public ExpenseMileageRate {
        thresholdDefinitions = thresholdDefinitions == null ? List.of() : List.copyOf(thresholdDefinitions);
        // Map.copyOf would reject the JSON nulls an untyped object may hold.
        rates = rates == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(rates));
    }
}
