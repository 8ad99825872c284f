package io.github.payhawk4j.model.expense;

import java.util.List;

/**
 * The stops and days a per diem expense covers ({@code IExpensePerDiem}).
 *
 * @param stops stops of the per diem trip
 * @param days days covered by the per diem expense
 */
public record ExpensePerDiem(
        List<ExpensePerDiemStop> stops,
        List<ExpensePerDiemDay> days) {

    /** Copies the lists, so the record stays immutable; an absent list becomes empty. */
    public ExpensePerDiem {
        stops = stops == null ? List.of() : List.copyOf(stops);
        days = days == null ? List.of() : List.copyOf(days);
    }
}
