package io.github.payhawk4j.model.expense;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.github.payhawk4j.model.OpenEnum;

import java.util.Map;

/**
 * What a threshold mileage rate counts towards its threshold ({@code IExpenseMileageRate.thresholdType}).
 * Open: unknown values are kept, see {@link OpenEnum}.
 */
public final class MileageThresholdType extends OpenEnum {

    public static final MileageThresholdType ACCUMULATING = new MileageThresholdType("Accumulating", true);
    public static final MileageThresholdType PER_TRIP = new MileageThresholdType("PerTrip", true);

    private static final Map<String, MileageThresholdType> KNOWN = index(ACCUMULATING, PER_TRIP);

    private MileageThresholdType(String value, boolean known) {
        super(value, known);
    }

    /** The constant for {@code value}, or a new unknown instance holding it. */
    @JsonCreator
    public static MileageThresholdType of(String value) {
        MileageThresholdType known = KNOWN.get(value);
        return known != null ? known : new MileageThresholdType(value, false);
    }
}
