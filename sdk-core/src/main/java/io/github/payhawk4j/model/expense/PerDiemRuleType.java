package io.github.payhawk4j.model.expense;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.github.payhawk4j.model.OpenEnum;

import java.util.Map;

/**
 * The kind of a per diem rule ({@code IExpensePerDiemAppliedRule.type}).
 * Open: unknown values are kept, see {@link OpenEnum}.
 */
public final class PerDiemRuleType extends OpenEnum {

    public static final PerDiemRuleType DEDUCTION = new PerDiemRuleType("Deduction", true);
    public static final PerDiemRuleType ADDITION = new PerDiemRuleType("Addition", true);
    public static final PerDiemRuleType RATE = new PerDiemRuleType("Rate", true);

    private static final Map<String, PerDiemRuleType> KNOWN = index(DEDUCTION, ADDITION, RATE);

    private PerDiemRuleType(String value, boolean known) {
        super(value, known);
    }

    /** The constant for {@code value}, or a new unknown instance holding it. */
    @JsonCreator
    public static PerDiemRuleType of(String value) {
        PerDiemRuleType known = KNOWN.get(value);
        return known != null ? known : new PerDiemRuleType(value, false);
    }
}
