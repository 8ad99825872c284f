package io.github.payhawk4j.model.expense;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.github.payhawk4j.model.OpenEnum;

import java.util.Map;

/**
 * How a mileage rate is applied ({@code IExpenseMileageRate.type}).
 * Open: unknown values are kept, see {@link OpenEnum}.
 */
public final class MileageRateType extends OpenEnum<MileageRateType.Known> {

    public static final MileageRateType FLAT = new MileageRateType("Flat", Known.FLAT);
    public static final MileageRateType THRESHOLD = new MileageRateType("Threshold", Known.THRESHOLD);

    private static final Map<String, MileageRateType> KNOWN = index(FLAT, THRESHOLD);

    private MileageRateType(String value, Known known) {
        super(value, known, known != Known.UNKNOWN);
    }

    /** The constant for {@code value}, or a new unknown instance holding it. */
    @JsonCreator
    public static MileageRateType of(String value) {
        MileageRateType known = KNOWN.get(value);
        return known != null ? known : new MileageRateType(value, Known.UNKNOWN);
    }

    /**
     * The values of {@link MileageRateType} this SDK version knows, as a Java enum to {@code switch} over
     * ({@link MileageRateType#known()}); {@link #UNKNOWN} stands for any value Payhawk added later.
     */
    public enum Known {
        /** {@code "Flat"}. */
        FLAT,
        /** {@code "Threshold"}. */
        THRESHOLD,
        /** A value this SDK version does not know; {@link MileageRateType#value()} has it as sent. */
        UNKNOWN
    }
}
