package io.github.payhawk4j.model.expense;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * One day covered by a per diem expense and the amount allowed for it ({@code IExpensePerDiemDay}).
 *
 * @param city name of the city
 * @param countryCode country code
 * @param date the day
 * @param timezone timezone of the given city
 * @param amount amount allowed for the day
 * @param currency currency of the amount (ISO 4217 code)
 * @param appliedRules the rules applied to the given day
 */
public record ExpensePerDiemDay(
        String city,
        String countryCode,
        Instant date,
        String timezone,
        BigDecimal amount,
        String currency,
        List<ExpensePerDiemAppliedRule> appliedRules) {

    /** Copies the lists, so the record stays immutable; an absent list becomes empty. */
    public ExpensePerDiemDay {
        appliedRules = appliedRules == null ? List.of() : List.copyOf(appliedRules);
    }
}
