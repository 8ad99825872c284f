package io.github.payhawk4j.examples.erp;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A posted double-entry journal entry: the ERP document for one Payhawk expense.
 *
 * @param documentNumber the ERP's document number, e.g. "JE-000001"
 * @param expenseId      the Payhawk expense it books
 * @param description    the entry's text
 * @param baseCurrency   ISO 4217 code of the debits and credits
 * @param postedAt       when it was posted
 * @param lines          the debit and credit lines, in order
 */
public record JournalEntry(
        String documentNumber, String expenseId, String description, String baseCurrency, Instant postedAt,
        List<JournalLine> lines) {

    /** Copies the lines. */
    public JournalEntry {
        Objects.requireNonNull(documentNumber, "documentNumber");
        Objects.requireNonNull(expenseId, "expenseId");
        lines = List.copyOf(lines);
    }

    /** The sum of the debits, in the base currency. */
    public BigDecimal totalDebit() {
        return lines.stream().map(JournalLine::debit).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The sum of the credits, in the base currency. */
    public BigDecimal totalCredit() {
        return lines.stream().map(JournalLine::credit).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Whether debits equal credits exactly. */
    public boolean isBalanced() {
        return totalDebit().compareTo(totalCredit()) == 0;
    }
}
