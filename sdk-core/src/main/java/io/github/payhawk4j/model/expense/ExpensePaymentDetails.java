package io.github.payhawk4j.model.expense;

/**
 * The payment details of an expense ({@code IExpensePaymentDetails}).
 *
 * @param currency payment currency (ISO 4217 code)
 */
public record ExpensePaymentDetails(
        String currency) {
}
