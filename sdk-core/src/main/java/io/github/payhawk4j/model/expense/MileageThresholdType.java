package io.github.payhawk4j.model.expense;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.github.payhawk4j.model.OpenEnum;

import java.util.Map;

/**
 * What a threshold mileage rate counts towards its threshold ({@code IExpenseMileageRate.thresholdType}).
 * Open: unknown values are kept, see {@link OpenEnum}.
 */
public final class MileageThresholdType extends OpenEnum<MileageThresholdType.Known> {

    public static final MileageThresholdType ACCUMULATING = new MileageThresholdType("Accumulating", Known.ACCUMULATING);
    public static final MileageThresholdType PER_TRIP = new MileageThresholdType("PerTrip", Known.PER_TRIP);

    private static final Map<String, MileageThresholdType> KNOWN = index(ACCUMULATING, PER_TRIP);

    private MileageThresholdType(String value, Known known) {
        super(value, known, known != Known.UNKNOWN);
    }

    /** The constant for {@code value}, or a new unknown instance holding it. */
    @JsonCreator
    public static MileageThresholdType of(String value) {
        MileageThresholdType known = KNOWN.get(value);
        return known != null ? known : new MileageThresholdType(value, Known.UNKNOWN);
    }

    /**
     * The values of {@link MileageThresholdType} this SDK version knows, as a Java enum to {@code switch} over
     * ({@link MileageThresholdType#known()}); {@link #UNKNOWN} stands for any value Payhawk added later.
     */
    public enum Known {
        /** {@code "Accumulating"}. */
        ACCUMULATING,
        /** {@code "PerTrip"}. */
        PER_TRIP,
        /** A value this SDK version does not know; {@link MileageThresholdType#value()} has it as sent. */
        UNKNOWN
    }
}
