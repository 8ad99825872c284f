package io.github.payhawk4j.model.expense;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.github.payhawk4j.model.OpenEnum;

import java.util.Map;

/**
 * The unit a mileage distance is measured in ({@code IExpenseMileage.distanceUnit}).
 * Open: unknown values are kept, see {@link OpenEnum}.
 */
public final class DistanceUnit extends OpenEnum<DistanceUnit.Known> {

    public static final DistanceUnit KILOMETERS = new DistanceUnit("Kilometers", Known.KILOMETERS);
    public static final DistanceUnit MILES = new DistanceUnit("Miles", Known.MILES);

    private static final Map<String, DistanceUnit> KNOWN = index(KILOMETERS, MILES);

    private DistanceUnit(String value, Known known) {
        super(value, known, known != Known.UNKNOWN);
    }

    /** The constant for {@code value}, or a new unknown instance holding it. */
    @JsonCreator
    public static DistanceUnit of(String value) {
        DistanceUnit known = KNOWN.get(value);
        return known != null ? known : new DistanceUnit(value, Known.UNKNOWN);
    }

    /**
     * The values of {@link DistanceUnit} this SDK version knows, as a Java enum to {@code switch} over
     * ({@link DistanceUnit#known()}); {@link #UNKNOWN} stands for any value Payhawk added later.
     */
    public enum Known {
        /** {@code "Kilometers"}. */
        KILOMETERS,
        /** {@code "Miles"}. */
        MILES,
        /** A value this SDK version does not know; {@link DistanceUnit#value()} has it as sent. */
        UNKNOWN
    }
}
