package io.github.payhawk4j.query;

import java.util.Map;
import java.util.Objects;

/** A text field of an {@link ExpenseFilter}: {@code $equal}, {@code $notEqual}, {@code $contains}, {@code $empty}. */
public final class TextField {

    private final String name;

    TextField(String name) {
        this.name = name;
    }

    /** The field equals {@code value}. */
    public ExpenseFilter equalTo(String value) {
        return ExpenseFilter.ofField(name, Map.of("$equal", Objects.requireNonNull(value, "value")));
    }

    /** The field does not equal {@code value}. */
    public ExpenseFilter notEqualTo(String value) {
        return ExpenseFilter.ofField(name, Map.of("$notEqual", Objects.requireNonNull(value, "value")));
    }

    /** The field contains {@code value}. */
    public ExpenseFilter contains(String value) {
        return ExpenseFilter.ofField(name, Map.of("$contains", Objects.requireNonNull(value, "value")));
    }

    /** The field is empty ({@code true}) or present ({@code false}). */
    public ExpenseFilter empty(boolean empty) {
        return ExpenseFilter.ofField(name, Map.of("$empty", empty));
    }
}
