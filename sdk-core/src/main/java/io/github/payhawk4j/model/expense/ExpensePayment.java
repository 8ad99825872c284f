package io.github.payhawk4j.model.expense;

import io.github.payhawk4j.model.FundAccountType;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A payment (card or bank transfer) related to one or more expenses ({@code IExpensePayment}).
 *
 * @param id unique identifier of the payment
 * @param type type of the payment
 * @param status status of the payment
 * @param amount amount of the payment
 * @param currency currency of the payment (ISO 4217 code)
 * @param fees the fees charged on the payment
 * @param originalAmount original amount of the payment
 * @param originalCurrency original currency of the payment (ISO 4217 code)
 * @param fundAccountId unique identifier of payment's fund account
 * @param fundAccountType fund account type, for example debit or credit
 * @param description description of the payment that includes information for the merchant
 * @param date date of the payment
 * @param fxRate currency exchange rate of the payment
 * @param cardId id of the card used for payment, empty for bank transfers
 * @param cardLastDigits last 4 digits of the card used for payment, empty for bank transfers
 * @param expenseIds ids of all related expenses
 */
public record ExpensePayment(
        String id,
        PaymentType type,
        PaymentStatus status,
        BigDecimal amount,
        String currency,
        ExpensePaymentFees fees,
        BigDecimal originalAmount,
        String originalCurrency,
        String fundAccountId,
        FundAccountType fundAccountType,
        String description,
        Instant date,
        BigDecimal fxRate,
        String cardId,
        String cardLastDigits,
        List<String> expenseIds) {

    /** Copies the lists, so the record stays immutable; an absent list becomes empty. */
    public ExpensePayment {
        expenseIds = expenseIds == null ? List.of() : List.copyOf(expenseIds);
    }
}
