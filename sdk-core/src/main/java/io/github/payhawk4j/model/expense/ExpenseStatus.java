package io.github.payhawk4j.model.expense;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.github.payhawk4j.model.OpenEnum;

import java.util.Map;

/**
 * The lifecycle status of an expense ({@code IExpense.status}).
 * Open: unknown values are kept, see {@link OpenEnum}.
 */
public final class ExpenseStatus extends OpenEnum {

    public static final ExpenseStatus ARCHIVED = new ExpenseStatus("archived", true);
    public static final ExpenseStatus DRAFT = new ExpenseStatus("draft", true);
    public static final ExpenseStatus READY = new ExpenseStatus("ready", true);
    public static final ExpenseStatus DELETED = new ExpenseStatus("deleted", true);

    private static final Map<String, ExpenseStatus> KNOWN = index(ARCHIVED, DRAFT, READY, DELETED);

    private ExpenseStatus(String value, boolean known) {
        super(value, known);
    }

    /** The constant for {@code value}, or a new unknown instance holding it. */
    @JsonCreator
    public static ExpenseStatus of(String value) {
        ExpenseStatus known = KNOWN.get(value);
        return known != null ? known : new ExpenseStatus(value, false);
    }
}
