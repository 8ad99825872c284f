package io.github.payhawk4j.examples.erp;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * Debits and credits per account over the whole journal. Double entry means the totals are equal.
 *
 * @param rows one row per account that has lines, ordered by account code
 */
public record TrialBalance(List<Row> rows) {

    /** Copies the rows. */
    public TrialBalance {
        rows = List.copyOf(rows);
    }

    /** The sum of all debits. */
    public BigDecimal totalDebit() {
        return rows.stream().map(Row::debit).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The sum of all credits. */
    public BigDecimal totalCredit() {
        return rows.stream().map(Row::credit).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Whether total debits equal total credits exactly. */
    public boolean isBalanced() {
        return totalDebit().compareTo(totalCredit()) == 0;
    }

    /**
     * One account's totals.
     *
     * @param accountCode the account
     * @param debit       sum of its debits
     * @param credit      sum of its credits
     */
    public record Row(String accountCode, BigDecimal debit, BigDecimal credit) {

        /** Checks the parts are present. */
        public Row {
            Objects.requireNonNull(accountCode, "accountCode");
            Objects.requireNonNull(debit, "debit");
            Objects.requireNonNull(credit, "credit");
        }

        /** Debit minus credit: positive for a debit balance. */
        public BigDecimal balance() {
            return debit.subtract(credit);
        }
    }
}
