package io.github.payhawk4j.model.expense;

import java.time.Instant;
import java.util.Objects;

/**
 * Payment details that mark a bank expense as paid, the body of
 * {@code POST /expenses/{id}/bank-payment-details} ({@code IExpenseBankPaymentDetails}).
 *
 * @param date when the payment was made; required
 * @param paymentReference payment reference, or null
 * @param accountNumber IBAN or number of the bank account paid from, or null
 */
public record ExpenseBankPaymentDetails(Instant date, String paymentReference, String accountNumber) {

    /** Requires {@code date}, the one field the API requires. */
    public ExpenseBankPaymentDetails {
        Objects.requireNonNull(date, "date");
    }

    /** Details saying the expense was paid at {@code date}, with no reference or account number. */
    public static ExpenseBankPaymentDetails paidAt(Instant date) {
        return new ExpenseBankPaymentDetails(date, null, null);
    }

    /** A copy with the given payment reference. */
    public ExpenseBankPaymentDetails withPaymentReference(String paymentReference) {
        return new ExpenseBankPaymentDetails(date, paymentReference, accountNumber);
    }

    /** A copy with the given IBAN or account number. */
    public ExpenseBankPaymentDetails withAccountNumber(String accountNumber) {
        return new ExpenseBankPaymentDetails(date, paymentReference, accountNumber);
    }
}
