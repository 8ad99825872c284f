package io.github.payhawk4j.query;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Which deposits of a fund account to list ({@code IDepositFilter}: the deposit date) and the page window
 * ({@code $skip}, {@code $take} up to 1000). Immutable.
 * <pre>{@code
 * DepositQuery query = DepositQuery.builder()
 *         .dateFrom(Instant.parse("2026-06-01T00:00:00Z"))
 *         .dateTo(Instant.parse("2026-06-30T00:00:00Z"))
 *         .build();
 * }</pre>
 * Payhawk compares the dates by their UTC date part, as for expenses; both bounds are inclusive.
 */
public final class DepositQuery {

    /** The largest page Payhawk returns. */
    public static final int MAX_TAKE = 1000;

    private static final DepositQuery ALL = builder().build();

    private final Instant date;
    private final Instant dateFrom;
    private final Instant dateTo;
    private final Integer skip;
    private final Integer take;

    private DepositQuery(Builder builder) {
        this.date = builder.date;
        this.dateFrom = builder.dateFrom;
        this.dateTo = builder.dateTo;
        this.skip = builder.skip;
        this.take = builder.take;
    }

    /** Every deposit, in Payhawk's default order and page size. */
    public static DepositQuery all() {
        return ALL;
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this query's settings. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.date = date;
        builder.dateFrom = dateFrom;
        builder.dateTo = dateTo;
        builder.skip = skip;
        builder.take = take;
        return builder;
    }

    /**
     * The {@code $filter} JSON tree, e.g. {@code {"date":{"$greaterThanEqual":"2026-06-01T00:00:00.000Z"}}},
     * if any date condition is set.
     */
    public Optional<Map<String, Object>> filterJsonTree() {
        return DateField.dateConditions("date", date, dateFrom, dateTo);
    }

    /** How many results to skip, if set. */
    public Optional<Integer> skip() {
        return Optional.ofNullable(skip);
    }

    /** The page size, if set. */
    public Optional<Integer> take() {
        return Optional.ofNullable(take);
    }

    /** This query starting at another offset; everything else kept. */
    public DepositQuery withSkip(int newSkip) {
        return toBuilder().skip(newSkip).build();
    }

    @Override
    public String toString() {
        return "DepositQuery{date=" + date + ", dateFrom=" + dateFrom + ", dateTo=" + dateTo + ", skip=" + skip
                + ", take=" + take + '}';
    }

    /** Builds a {@link DepositQuery}; not thread-safe. */
    public static final class Builder {
        private Instant date;
        private Instant dateFrom;
        private Instant dateTo;
        private Integer skip;
        private Integer take;

        private Builder() {
        }

        /** Only deposits on the UTC date of {@code value} ({@code $equal}). */
        public Builder date(Instant value) {
            DateField.format(value);
            this.date = value;
            return this;
        }

        /** Only deposits on or after the UTC date of {@code value} ({@code $greaterThanEqual}). */
        public Builder dateFrom(Instant value) {
            DateField.format(value);
            this.dateFrom = value;
            return this;
        }

        /** Only deposits on or before the UTC date of {@code value} ({@code $lessThanEqual}). */
        public Builder dateTo(Instant value) {
            DateField.format(value);
            this.dateTo = value;
            return this;
        }

        /** Skip this many results (0 or more). */
        public Builder skip(int value) {
            this.skip = PageWindow.checkSkip(value);
            return this;
        }

        /** Return at most this many results per page, 1 to {@value DepositQuery#MAX_TAKE}. */
        public Builder take(int value) {
            this.take = PageWindow.checkTake(value, MAX_TAKE);
            return this;
        }

        /** The query. */
        public DepositQuery build() {
            return new DepositQuery(this);
        }
    }
}
