package io.github.payhawk4j.model.expense;

import java.math.BigDecimal;

/**
 * A per diem rule (rate, addition or deduction) applied to one day ({@code IExpensePerDiemAppliedRule}).
 *
 * @param amount amount the rule adds, deducts or sets
 * @param currency currency of the amount
 * @param name name of the rule
 * @param type type of the rule, for example rate or deduction
 */
public record ExpensePerDiemAppliedRule(
        BigDecimal amount,
        String currency,
        String name,
        PerDiemRuleType type) {
}
