package io.github.payhawk4j.model;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Base of the SDK's "open" enums: a closed set of known constants plus any value the API adds later.
 *
 * <p>Payhawk adds enum values over time. A value this SDK version does not know is kept as is
 * ({@link #value()}), reports {@link #isKnown()} {@code false}, and never fails deserialization of
 * the response it is part of. Compare with {@code equals} or against the public constants.
 */
public abstract class OpenEnum {

    private final String value;
    private final boolean known;

    /**
     * @param value the wire value, never null
     * @param known whether the value is one of the constants declared by the subclass
     */
    protected OpenEnum(String value, boolean known) {
        this.value = Objects.requireNonNull(value, "value");
        this.known = known;
    }

    /** The value exactly as it appears on the wire, e.g. {@code "cashInAdvance"}. */
    @JsonValue
    public final String value() {
        return value;
    }

    /** {@code true} if this SDK version declares this value as a constant. */
    public final boolean isKnown() {
        return known;
    }

    /** Builds the lookup table a subclass keeps of its constants, for its {@code of(String)} factory. */
    @SafeVarargs
    @SuppressWarnings("varargs") // the array is only read, never stored or exposed
    protected static <T extends OpenEnum> Map<String, T> index(T... constants) {
        return Arrays.stream(constants).collect(Collectors.toUnmodifiableMap(OpenEnum::value, Function.identity()));
    }

    @Override
    public final boolean equals(Object other) {
        return other != null && other.getClass() == getClass() && ((OpenEnum) other).value.equals(value);
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
