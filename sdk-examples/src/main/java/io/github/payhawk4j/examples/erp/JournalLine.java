package io.github.payhawk4j.examples.erp;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * One line of a journal entry: a debit or a credit to one account, in the ledger's base currency,
 * with the amount in the currency the expense was paid in kept beside it.
 *
 * @param accountCode the ledger account, e.g. "6100"
 * @param description what the line is for
 * @param debit       base-currency debit, zero for a credit line
 * @param credit      base-currency credit, zero for a debit line
 * @param currency    ISO 4217 code of the original amount
 * @param amount      the amount in {@code currency}
 */
public record JournalLine(
        String accountCode, String description, BigDecimal debit, BigDecimal credit, String currency, BigDecimal amount) {

    /** Amounts are stored with this many decimals, like the DECIMAL(19,4) columns. */
    public static final int SCALE = 4;

    /** Checks that exactly one side is used and normalizes amounts to {@link #SCALE} decimals. */
    public JournalLine {
        Objects.requireNonNull(accountCode, "accountCode");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(currency, "currency");
        debit = scaled(debit, "debit");
        credit = scaled(credit, "credit");
        amount = Objects.requireNonNull(amount, "amount").setScale(SCALE, RoundingMode.UNNECESSARY);
        if (debit.signum() < 0 || credit.signum() < 0) {
            throw new IllegalArgumentException("debit and credit must not be negative: " + accountCode);
        }
        if (debit.signum() != 0 && credit.signum() != 0) {
            throw new IllegalArgumentException("a line is either a debit or a credit, not both: " + accountCode);
        }
    }

    /** A debit of {@code base} (base currency) to {@code accountCode}, originally {@code amount} {@code currency}. */
    public static JournalLine debit(String accountCode, String description, BigDecimal base, String currency, BigDecimal amount) {
        return new JournalLine(accountCode, description, base, BigDecimal.ZERO, currency, amount);
    }

    /** A credit of {@code base} (base currency) to {@code accountCode}, originally {@code amount} {@code currency}. */
    public static JournalLine credit(String accountCode, String description, BigDecimal base, String currency, BigDecimal amount) {
        return new JournalLine(accountCode, description, BigDecimal.ZERO, base, currency, amount);
    }

    private static BigDecimal scaled(BigDecimal value, String name) {
        // UNNECESSARY: money with more than four decimals is a bug upstream, not something to round away.
        return Objects.requireNonNull(value, name).setScale(SCALE, RoundingMode.UNNECESSARY);
    }
}
