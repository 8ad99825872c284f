package io.github.payhawk4j.query;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Which lines of a fund account's bank statement to list ({@code IBankStatementFilter}: the payment date), their
 * order ({@code IBankStatementOrderBy}) and the page window
 * ({@code $skip}, {@code $take} up to 1000). Immutable.
 * <pre>{@code
 * BankStatementQuery query = BankStatementQuery.builder()
 *         .dateFrom(Instant.parse("2026-06-01T00:00:00Z"))
 *         .dateTo(Instant.parse("2026-06-30T00:00:00Z"))
 *         .orderBy(BankStatementOrder.DATE_ASC)
 *         .build();
 * }</pre>
 * Payhawk compares the dates by their UTC date part, as for expenses; both bounds are inclusive.
 */
public final class BankStatementQuery {

    /** The largest page Payhawk returns. */
    public static final int MAX_TAKE = 1000;

    private static final BankStatementQuery ALL = builder().build();

    private final BankStatementOrder orderBy;
    private final Instant dateFrom;
    private final Instant dateTo;
    private final Integer skip;
    private final Integer take;

    private BankStatementQuery(Builder builder) {
        this.orderBy = builder.orderBy;
        this.dateFrom = builder.dateFrom;
        this.dateTo = builder.dateTo;
        this.skip = builder.skip;
        this.take = builder.take;
    }

    /** Every line, in Payhawk's default order and page size. */
    public static BankStatementQuery all() {
        return ALL;
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this query's settings. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.orderBy = orderBy;
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
        return DateField.dateConditions("date", null, dateFrom, dateTo);
    }

    /** The order, if any. */
    public Optional<BankStatementOrder> orderBy() {
        return Optional.ofNullable(orderBy);
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
    public BankStatementQuery withSkip(int newSkip) {
        return toBuilder().skip(newSkip).build();
    }

    @Override
    public String toString() {
        return "BankStatementQuery{orderBy=" + orderBy + ", dateFrom=" + dateFrom + ", dateTo=" + dateTo + ", skip=" + skip
                + ", take=" + take + '}';
    }

    /** Builds a {@link BankStatementQuery}; not thread-safe. */
    public static final class Builder {
        private BankStatementOrder orderBy;
        private Instant dateFrom;
        private Instant dateTo;
        private Integer skip;
        private Integer take;

        private Builder() {
        }

        /** The order of results; set one for stable paging across pages. */
        public Builder orderBy(BankStatementOrder value) {
            this.orderBy = value;
            return this;
        }

        /** Only lines on or after the UTC date of {@code value} ({@code $greaterThanEqual}). */
        public Builder dateFrom(Instant value) {
            DateField.format(value);
            this.dateFrom = value;
            return this;
        }

        /** Only lines on or before the UTC date of {@code value} ({@code $lessThanEqual}). */
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

        /** Return at most this many results per page, 1 to {@value BankStatementQuery#MAX_TAKE}. */
        public Builder take(int value) {
            this.take = PageWindow.checkTake(value, MAX_TAKE);
            return this;
        }

        /** The query. */
        public BankStatementQuery build() {
            return new BankStatementQuery(this);
        }
    }
}
