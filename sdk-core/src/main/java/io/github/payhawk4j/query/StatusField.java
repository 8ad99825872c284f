package io.github.payhawk4j.query;

import java.util.Map;
import java.util.Objects;

/**
 * The status field of an {@link ExpenseFilter}: {@code $equal}, with one of the statuses the API filters by
 * ({@link ExpenseFilterStatus}: draft, ready, archived).
 */
public final class StatusField {

    private final String name;

    StatusField(String name) {
        this.name = name;
    }

    /** The expense has {@code status}. */
    public ExpenseFilter equalTo(ExpenseFilterStatus status) {
        return ExpenseFilter.ofField(name, Map.of("$equal", Objects.requireNonNull(status, "status").value()));
    }
}
