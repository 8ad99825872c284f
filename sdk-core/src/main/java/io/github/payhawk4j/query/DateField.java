package io.github.payhawk4j.query;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A date field of an {@link ExpenseFilter}: {@code $equal}, {@code $lessThan}, {@code $greaterThan},
 * {@code $empty}.
 *
 * <p>Payhawk compares by the date part only: the value is sent as a UTC date-time and Payhawk ignores its time,
 * so the comparison is by calendar day in UTC. Pass a {@link LocalDate} to say which day you mean (it is sent as
 * that day's midnight UTC, {@code 2026-01-31T00:00:00.000Z}); an {@link Instant} counts as its UTC date, its
 * time of day ignored. {@code greaterThan} and {@code lessThan} are strict: {@code greaterThan(2026-01-31)}
 * matches from February 1st. Dates must lie in the years 0001 to 9999, the only ones the API can take;
 * others are refused when the filter is built.
 */
public final class DateField {

    /** The form Payhawk's examples use: {@code 2022-06-03T00:00:00.000Z}; {@code uuuu}, the proleptic year. */
    private static final DateTimeFormatter WIRE = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);
    private static final Instant FIRST = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant AFTER_LAST = Instant.parse("+10000-01-01T00:00:00Z");

    private final String name;

    DateField(String name) {
        this.name = name;
    }

    /** The date equals the UTC date of {@code instant}. */
    public ExpenseFilter equalTo(Instant instant) {
        return ExpenseFilter.ofField(name, Map.of("$equal", format(instant)));
    }

    /** The date equals {@code date}. */
    public ExpenseFilter equalTo(LocalDate date) {
        return equalTo(startOf(date));
    }

    /** The date is before the UTC date of {@code instant}. */
    public ExpenseFilter lessThan(Instant instant) {
        return ExpenseFilter.ofField(name, Map.of("$lessThan", format(instant)));
    }

    /** The date is before {@code date}. */
    public ExpenseFilter lessThan(LocalDate date) {
        return lessThan(startOf(date));
    }

    /** The date is after the UTC date of {@code instant}. */
    public ExpenseFilter greaterThan(Instant instant) {
        return ExpenseFilter.ofField(name, Map.of("$greaterThan", format(instant)));
    }

    /** The date is after {@code date}. */
    public ExpenseFilter greaterThan(LocalDate date) {
        return greaterThan(startOf(date));
    }

    /** The date is after the UTC date of {@code from} and before that of {@code to}: both operators on the one field. */
    public ExpenseFilter between(Instant from, Instant to) {
        Map<String, Object> operators = new LinkedHashMap<>();
        operators.put("$greaterThan", format(from));
        operators.put("$lessThan", format(to));
        return ExpenseFilter.ofField(name, operators);
    }

    /** The date is after {@code from} and before {@code to}, both excluded: both operators on the one field. */
    public ExpenseFilter between(LocalDate from, LocalDate to) {
        return between(startOf(from), startOf(to));
    }

    /** The date is empty ({@code true}) or set ({@code false}). */
    public ExpenseFilter empty(boolean empty) {
        return ExpenseFilter.ofField(name, Map.of("$empty", empty));
    }

    /** {@code instant} as Payhawk's filters take it, e.g. {@code 2022-06-03T00:00:00.000Z}; years 0001 to 9999 only. */
    /**
     * The {@code $filter} tree of a date field compared by its UTC date part ({@code {"date":{"$equal":...,
     * "$greaterThanEqual":...,"$lessThanEqual":...}}}) with the conditions that are set (null: not set); empty if none.
     */
    static Optional<Map<String, Object>> dateConditions(String field, Instant equal, Instant from, Instant to) {
        Map<String, Object> operators = new LinkedHashMap<>();
        if (equal != null) {
            operators.put("$equal", format(equal));
        }
        if (from != null) {
            operators.put("$greaterThanEqual", format(from));
        }
        if (to != null) {
            operators.put("$lessThanEqual", format(to));
        }
        return operators.isEmpty() ? Optional.empty()
                : Optional.of(Map.of(field, Collections.unmodifiableMap(operators)));
    }

    static String format(Instant instant) {
        Objects.requireNonNull(instant, "instant");
        if (instant.isBefore(FIRST) || !instant.isBefore(AFTER_LAST)) {
            throw new IllegalArgumentException("filter dates must lie in the years 0001 to 9999, was " + instant);
        }
        return WIRE.format(instant);
    }

    private static Instant startOf(LocalDate date) {
        Objects.requireNonNull(date, "date");
        if (date.getYear() < 1 || date.getYear() > 9999) {
            throw new IllegalArgumentException("filter dates must lie in the years 0001 to 9999, was " + date);
        }
        return date.atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
