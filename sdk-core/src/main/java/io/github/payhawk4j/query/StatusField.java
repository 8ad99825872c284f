package io.github.payhawk4j.query;

import io.github.payhawk4j.model.expense.ExpenseStatus;

import java.util.Map;
import java.util.Objects;

/** The status field of an {@link ExpenseFilter}: {@code $equal} (archived, draft or ready). */
public final class StatusField {

    private final String name;

    StatusField(String name) {
        this.name = name;
    }

    /** The expense has {@code status}. */
    public ExpenseFilter equalTo(ExpenseStatus status) {
        return ExpenseFilter.ofField(name, Map.of("$equal", Objects.requireNonNull(status, "status").value()));
    }
}
