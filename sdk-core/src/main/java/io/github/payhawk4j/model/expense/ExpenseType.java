package io.github.payhawk4j.model.expense;

import io.github.payhawk4j.model.OpenEnum;

import com.fasterxml.jackson.annotation.JsonCreator;

import java.util.Map;

/** How an expense was paid ({@code IExpense.type}). Open: unknown values are kept, see {@link OpenEnum}. */
public final class ExpenseType extends OpenEnum<ExpenseType.Known> {

    public static final ExpenseType BANK = new ExpenseType("bank", Known.BANK);
    public static final ExpenseType CARD = new ExpenseType("card", Known.CARD);
    public static final ExpenseType CASH = new ExpenseType("cash", Known.CASH);
    public static final ExpenseType CASH_IN_ADVANCE = new ExpenseType("cashInAdvance", Known.CASH_IN_ADVANCE);
    public static final ExpenseType MILEAGE = new ExpenseType("mileage", Known.MILEAGE);
    public static final ExpenseType REIMBURSABLE = new ExpenseType("reimbursable", Known.REIMBURSABLE);
    public static final ExpenseType PER_DIEM = new ExpenseType("perDiem", Known.PER_DIEM);

    private static final Map<String, ExpenseType> KNOWN = index(
            BANK, CARD, CASH, CASH_IN_ADVANCE, MILEAGE, REIMBURSABLE, PER_DIEM);

    private ExpenseType(String value, Known known) {
        super(value, known, known != Known.UNKNOWN);
    }

    /** The constant for {@code value}, or a new unknown instance holding it. */
    @JsonCreator
    public static ExpenseType of(String value) {
        ExpenseType known = KNOWN.get(value);
        return known != null ? known : new ExpenseType(value, Known.UNKNOWN);
    }

    /**
     * The values of {@link ExpenseType} this SDK version knows, as a Java enum to {@code switch} over
     * ({@link ExpenseType#known()}); {@link #UNKNOWN} stands for any value Payhawk added later.
     */
    public enum Known {
        /** {@code "bank"}. */
        BANK,
        /** {@code "card"}. */
        CARD,
        /** {@code "cash"}. */
        CASH,
        /** {@code "cashInAdvance"}. */
        CASH_IN_ADVANCE,
        /** {@code "mileage"}. */
        MILEAGE,
        /** {@code "reimbursable"}. */
        REIMBURSABLE,
        /** {@code "perDiem"}. */
        PER_DIEM,
        /** A value this SDK version does not know; {@link ExpenseType#value()} has it as sent. */
        UNKNOWN
    }
}
