package io.github.payhawk4j.model.expense;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.github.payhawk4j.model.OpenEnum;

import java.util.Map;

/**
 * The unit a mileage distance is measured in ({@code IExpenseMileage.distanceUnit}).
 * Open: unknown values are kept, see {@link OpenEnum}.
 */
public final class DistanceUnit extends OpenEnum {

    public static final DistanceUnit KILOMETERS = new DistanceUnit("Kilometers", true);
    public static final DistanceUnit MILES = new DistanceUnit("Miles", true);

    private static final Map<String, DistanceUnit> KNOWN = index(KILOMETERS, MILES);

    private DistanceUnit(String value, boolean known) {
        super(value, known);
    }

    /** The constant for {@code value}, or a new unknown instance holding it. */
    @JsonCreator
    public static DistanceUnit of(String value) {
        DistanceUnit known = KNOWN.get(value);
        return known != null ? known : new DistanceUnit(value, false);
    }
}
