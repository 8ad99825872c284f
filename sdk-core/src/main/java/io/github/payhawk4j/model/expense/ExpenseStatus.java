package io.github.payhawk4j.model.expense;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.github.payhawk4j.model.OpenEnum;

import java.util.Map;

/**
 * The lifecycle status of an expense ({@code IExpense.status}).
 * Open: unknown values are kept, see {@link OpenEnum}.
 */
public final class ExpenseStatus extends OpenEnum<ExpenseStatus.Known> {

    public static final ExpenseStatus ARCHIVED = new ExpenseStatus("archived", Known.ARCHIVED);
    public static final ExpenseStatus DRAFT = new ExpenseStatus("draft", Known.DRAFT);
    public static final ExpenseStatus READY = new ExpenseStatus("ready", Known.READY);
    public static final ExpenseStatus DELETED = new ExpenseStatus("deleted", Known.DELETED);

    private static final Map<String, ExpenseStatus> KNOWN = index(ARCHIVED, DRAFT, READY, DELETED);

    private ExpenseStatus(String value, Known known) {
        super(value, known, known != Known.UNKNOWN);
    }

    /** The constant for {@code value}, or a new unknown instance holding it. */
    @JsonCreator
    public static ExpenseStatus of(String value) {
        ExpenseStatus known = KNOWN.get(value);
        return known != null ? known : new ExpenseStatus(value, Known.UNKNOWN);
    }

    /**
     * The values of {@link ExpenseStatus} this SDK version knows, as a Java enum to {@code switch} over
     * ({@link ExpenseStatus#known()}); {@link #UNKNOWN} stands for any value Payhawk added later.
     */
    public enum Known {
        /** {@code "archived"}. */
        ARCHIVED,
        /** {@code "draft"}. */
        DRAFT,
        /** {@code "ready"}. */
        READY,
        /** {@code "deleted"}. */
        DELETED,
        /** A value this SDK version does not know; {@link ExpenseStatus#value()} has it as sent. */
        UNKNOWN
    }
}
