package io.github.payhawk4j.model.expense;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.github.payhawk4j.model.OpenEnum;

import java.util.Map;

/**
 * How a mileage rate is applied ({@code IExpenseMileageRate.type}).
 * Open: unknown values are kept, see {@link OpenEnum}.
 */
public final class MileageRateType extends OpenEnum {

    public static final MileageRateType FLAT = new MileageRateType("Flat", true);
    public static final MileageRateType THRESHOLD = new MileageRateType("Threshold", true);

    private static final Map<String, MileageRateType> KNOWN = index(FLAT, THRESHOLD);

    private MileageRateType(String value, boolean known) {
        super(value, known);
    }

    /** The constant for {@code value}, or a new unknown instance holding it. */
    @JsonCreator
    public static MileageRateType of(String value) {
        MileageRateType known = KNOWN.get(value);
        return known != null ? known : new MileageRateType(value, false);
    }
}
