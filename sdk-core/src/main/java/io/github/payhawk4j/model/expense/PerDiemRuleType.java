package io.github.payhawk4j.model.expense;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.github.payhawk4j.model.OpenEnum;

import java.util.Map;

/**
 * The kind of a per diem rule ({@code IExpensePerDiemAppliedRule.type}).
 * Open: unknown values are kept, see {@link OpenEnum}.
 */
public final class PerDiemRuleType extends OpenEnum<PerDiemRuleType.Known> {

    public static final PerDiemRuleType DEDUCTION = new PerDiemRuleType("Deduction", Known.DEDUCTION);
    public static final PerDiemRuleType ADDITION = new PerDiemRuleType("Addition", Known.ADDITION);
    public static final PerDiemRuleType RATE = new PerDiemRuleType("Rate", Known.RATE);

    private static final Map<String, PerDiemRuleType> KNOWN = index(DEDUCTION, ADDITION, RATE);

    private PerDiemRuleType(String value, Known known) {
        super(value, known, known != Known.UNKNOWN);
    }

    /** The constant for {@code value}, or a new unknown instance holding it. */
    @JsonCreator
    public static PerDiemRuleType of(String value) {
        PerDiemRuleType known = KNOWN.get(value);
        return known != null ? known : new PerDiemRuleType(value, Known.UNKNOWN);
    }

    /**
     * The values of {@link PerDiemRuleType} this SDK version knows, as a Java enum to {@code switch} over
     * ({@link PerDiemRuleType#known()}); {@link #UNKNOWN} stands for any value Payhawk added later.
     */
    public enum Known {
        /** {@code "Deduction"}. */
        DEDUCTION,
        /** {@code "Addition"}. */
        ADDITION,
        /** {@code "Rate"}. */
        RATE,
        /** A value this SDK version does not know; {@link PerDiemRuleType#value()} has it as sent. */
        UNKNOWN
    }
}
