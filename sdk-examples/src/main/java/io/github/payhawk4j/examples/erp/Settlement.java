package io.github.payhawk4j.examples.erp;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * A settled card payment recorded against an expense.
 *
 * @param expenseId  the Payhawk expense
 * @param paymentId  the Payhawk payment that settled it
 * @param amount     the settled amount
 * @param currency   ISO 4217 code of {@code amount}
 * @param recordedAt when the ERP recorded it
 */
public record Settlement(String expenseId, String paymentId, BigDecimal amount, String currency, Instant recordedAt) {

    /** Checks the parts are present. */
    public Settlement {
        Objects.requireNonNull(expenseId, "expenseId");
        Objects.requireNonNull(paymentId, "paymentId");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(recordedAt, "recordedAt");
    }
}
