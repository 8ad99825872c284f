package io.github.payhawk4j.query;

import io.github.payhawk4j.model.expense.ExpenseStatus;

import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The expense statuses Payhawk can filter by ({@code IExpenseFilter.status.$equal}): a closed set, unlike the
 * open {@link ExpenseStatus} read from responses, so that a status the filter does not accept (such as
 * {@code deleted}) does not compile.
 */
public enum ExpenseFilterStatus {
    /** {@code draft}. */
    DRAFT("draft", ExpenseStatus.DRAFT),
    /** {@code ready}. */
    READY("ready", ExpenseStatus.READY),
    /** {@code archived}. */
    ARCHIVED("archived", ExpenseStatus.ARCHIVED);

    private final String value;
    private final ExpenseStatus status;

    ExpenseFilterStatus(String value, ExpenseStatus status) {
        this.value = value;
        this.status = status;
    }

    /** The value sent in the filter, e.g. {@code "ready"}. */
    public String value() {
        return value;
    }

    /** The same status as read from an expense. */
    public ExpenseStatus toExpenseStatus() {
        return status;
    }

    /**
     * The status for a wire value, e.g. from a command line.
     *
     * @throws IllegalArgumentException if the filter does not accept {@code value}
     */
    public static ExpenseFilterStatus of(String value) {
        Objects.requireNonNull(value, "value");
        return Arrays.stream(values()).filter(status -> status.value.equals(value)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Payhawk filters expenses by status "
                        + Arrays.stream(values()).map(ExpenseFilterStatus::value).collect(Collectors.joining(", "))
                        + " only, not \"" + value + "\""));
    }
}
