package io.github.payhawk4j.model.expense;

import java.math.BigDecimal;

/**
 * The fees charged on an expense payment ({@code IExpensePaymentFees}).
 *
 * @param fx amount of currency exchange fees
 * @param pos amount of POS transaction fees
 * @param bank amount of bank transaction fees
 */
public record ExpensePaymentFees(
        BigDecimal fx,
        BigDecimal pos,
        BigDecimal bank) {
}
