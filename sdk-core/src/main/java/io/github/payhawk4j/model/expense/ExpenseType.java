package io.github.payhawk4j.model.expense;

import io.github.payhawk4j.model.OpenEnum;

import com.fasterxml.jackson.annotation.JsonCreator;

import java.util.Map;

/** How an expense was paid ({@code IExpense.type}). Open: unknown values are kept, see {@link OpenEnum}. */
public final class ExpenseType extends OpenEnum {

    public static final ExpenseType BANK = new ExpenseType("bank", true);
    public static final ExpenseType CARD = new ExpenseType("card", true);
    public static final ExpenseType CASH = new ExpenseType("cash", true);
    public static final ExpenseType CASH_IN_ADVANCE = new ExpenseType("cashInAdvance", true);
    public static final ExpenseType MILEAGE = new ExpenseType("mileage", true);
    public static final ExpenseType REIMBURSABLE = new ExpenseType("reimbursable", true);
    public static final ExpenseType PER_DIEM = new ExpenseType("perDiem", true);

    private static final Map<String, ExpenseType> KNOWN = index(
            BANK, CARD, CASH, CASH_IN_ADVANCE, MILEAGE, REIMBURSABLE, PER_DIEM);

    private ExpenseType(String value, boolean known) {
        super(value, known);
    }

    /** The constant for {@code value}, or a new unknown instance holding it. */
    @JsonCreator
    public static ExpenseType of(String value) {
        ExpenseType known = KNOWN.get(value);
        return known != null ? known : new ExpenseType(value, false);
    }
}
