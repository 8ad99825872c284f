package io.github.payhawk4j.model;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Base of the SDK's "open" enums: a closed set of known constants plus any value the API adds later.
 *
 * <p>Payhawk adds enum values over time. A value this SDK version does not know is kept as is
 * ({@link #value()}), reports {@link #isKnown()} {@code false}, and never fails deserialization of
 * the response it is part of. Compare with {@code equals} or against the public constants, or
 * {@code switch} over {@link #known()}, a Java enum whose {@code UNKNOWN} constant stands for every
 * value this SDK version does not know:
 * <pre>{@code
 * String label = switch (expense.status().known()) {
 *     case DRAFT -> "being written";
 *     case READY, ARCHIVED, DELETED -> "done";
 *     case UNKNOWN -> "new status " + expense.status().value();
 * };
 * }</pre>
 * A later SDK version may add constants to a {@code Known} enum: a {@code switch} without a {@code default}
 * branch then has to handle them when it is compiled against that version.
 *
 * @param <K> the Java enum of the values this SDK version knows
 */
public abstract class OpenEnum<K extends Enum<K>> {

    private final String value;
    private final K known;
    private final boolean isKnown;

    /**
     * @param value   the wire value, never null
     * @param known   the constant of the subclass's {@code Known} enum for {@code value}, or its {@code UNKNOWN}
     * @param isKnown whether the value is one of the constants declared by the subclass
     */
    protected OpenEnum(String value, K known, boolean isKnown) {
        this.value = Objects.requireNonNull(value, "value");
        this.known = Objects.requireNonNull(known, "known");
        this.isKnown = isKnown;
    }

    /** The value exactly as it appears on the wire, e.g. {@code "cashInAdvance"}. */
    @JsonValue
    public final String value() {
        return value;
    }

    /** {@code true} if this SDK version declares this value as a constant. */
    public final boolean isKnown() {
        return isKnown;
    }

    /** The value as a Java enum constant, for {@code switch}; {@code UNKNOWN} if this SDK version does not know it. */
    public final K known() {
        return known;
    }

    /** Builds the lookup table a subclass keeps of its constants, for its {@code of(String)} factory. */
    @SafeVarargs
    @SuppressWarnings("varargs") // the array is only read, never stored or exposed
    protected static <T extends OpenEnum<?>> Map<String, T> index(T... constants) {
        // A loop rather than a stream: every open enum builds this in its class initialiser, on the first read's path.
        Map<String, T> byValue = new HashMap<>();
        for (T constant : constants) {
            T previous = byValue.putIfAbsent(constant.value(), constant);
            if (previous != null) {
                throw new IllegalStateException("Duplicate key " + constant.value() + " (attempted merging values "
                        + previous + " and " + constant + ")");
            }
        }
        return Map.copyOf(byValue);
    }

    @Override
    public final boolean equals(Object other) {
        return other != null && other.getClass() == getClass() && ((OpenEnum<?>) other).value.equals(value);
    }

    @Override
    public final int hashCode() {
        return Objects.hash(getClass(), value);
    }

    @Override
    public final String toString() {
        return value;
    }
}
