package io.github.payhawk4j.query;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;

/**
 * An amount field of an {@link ExpenseFilter}: {@code $equal}, {@code $notEqual}, {@code $lessThan},
 * {@code $greaterThan}, {@code $empty}. Amounts are sent exactly as given.
 */
public final class AmountField {

    private final String name;

    AmountField(String name) {
        this.name = name;
    }

    /** The amount equals {@code amount}. */
    public ExpenseFilter equalTo(BigDecimal amount) {
        return ExpenseFilter.ofField(name, Map.of("$equal", Objects.requireNonNull(amount, "amount")));
    }

    /** The amount differs from {@code amount}. */
    public ExpenseFilter notEqualTo(BigDecimal amount) {
        return ExpenseFilter.ofField(name, Map.of("$notEqual", Objects.requireNonNull(amount, "amount")));
    }

    /** The amount is less than {@code amount}. */
    public ExpenseFilter lessThan(BigDecimal amount) {
        return ExpenseFilter.ofField(name, Map.of("$lessThan", Objects.requireNonNull(amount, "amount")));
    }

    /** The amount is greater than {@code amount}. */
    public ExpenseFilter greaterThan(BigDecimal amount) {
        return ExpenseFilter.ofField(name, Map.of("$greaterThan", Objects.requireNonNull(amount, "amount")));
    }

    /** The amount is empty ({@code true}) or set ({@code false}). */
    public ExpenseFilter empty(boolean empty) {
        return ExpenseFilter.ofField(name, Map.of("$empty", empty));
    }
}
