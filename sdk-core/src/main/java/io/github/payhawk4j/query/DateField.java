package io.github.payhawk4j.query;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A date field of an {@link ExpenseFilter}: {@code $equal}, {@code $lessThan}, {@code $greaterThan},
 * {@code $empty}. Payhawk compares by the date part only.
 */
public final class DateField {

    /** The form Payhawk's examples use: {@code 2022-06-03T00:00:00.000Z}. */
    private static final DateTimeFormatter WIRE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private final String name;

    DateField(String name) {
        this.name = name;
    }

    /** The date equals the date of {@code instant} (UTC). */
    public ExpenseFilter equalTo(Instant instant) {
        return ExpenseFilter.ofField(name, Map.of("$equal", format(instant)));
    }

    /** The date equals {@code date}. */
    public ExpenseFilter equalTo(LocalDate date) {
        return equalTo(startOf(date));
    }

    /** The date is before {@code instant}. */
    public ExpenseFilter lessThan(Instant instant) {
        return ExpenseFilter.ofField(name, Map.of("$lessThan", format(instant)));
    }

    /** The date is before {@code date}. */
    public ExpenseFilter lessThan(LocalDate date) {
        return lessThan(startOf(date));
    }

    /** The date is after {@code instant}. */
    public ExpenseFilter greaterThan(Instant instant) {
        return ExpenseFilter.ofField(name, Map.of("$greaterThan", format(instant)));
    }

    /** The date is after {@code date}. */
    public ExpenseFilter greaterThan(LocalDate date) {
        return greaterThan(startOf(date));
    }

    /** The date is after {@code from} and before {@code to}: both operators on the one field. */
    public ExpenseFilter between(Instant from, Instant to) {
        Map<String, Object> operators = new LinkedHashMap<>();
        operators.put("$greaterThan", format(from));
        operators.put("$lessThan", format(to));
        return ExpenseFilter.ofField(name, operators);
    }

    /** The date is empty ({@code true}) or set ({@code false}). */
    public ExpenseFilter empty(boolean empty) {
        return ExpenseFilter.ofField(name, Map.of("$empty", empty));
    }

    private static String format(Instant instant) {
        return WIRE.format(Objects.requireNonNull(instant, "instant"));
    }

    private static Instant startOf(LocalDate date) {
        return Objects.requireNonNull(date, "date").atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
