package io.github.payhawk4j.query;

import java.util.Optional;

/**
 * What to list: filter, order and the page window ({@code $skip}, {@code $take} up to 1000). Immutable.
 * <pre>{@code
 * ExpenseQuery query = ExpenseQuery.builder()
 *         .filter(ExpenseFilter.status().equalTo(ExpenseFilterStatus.READY))
 *         .orderBy(ExpenseOrder.CREATED_AT_ASC)
 *         .take(500)
 *         .build();
 * }</pre>
 */
public final class ExpenseQuery {

    /** The largest page Payhawk returns. */
    public static final int MAX_TAKE = 1000;

    private static final ExpenseQuery ALL = builder().build();

    private final ExpenseFilter filter;
    private final ExpenseOrder orderBy;
    private final Integer skip;
    private final Integer take;

    private ExpenseQuery(Builder builder) {
        this.filter = builder.filter;
        this.orderBy = builder.orderBy;
        this.skip = builder.skip;
        this.take = builder.take;
    }

    /** Every expense, in Payhawk's default order and page size. */
    public static ExpenseQuery all() {
        return ALL;
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this query's settings. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.filter = filter;
        builder.orderBy = orderBy;
        builder.skip = skip;
        builder.take = take;
        return builder;
    }

    /** The filter, if any. */
    public Optional<ExpenseFilter> filter() {
        return Optional.ofNullable(filter);
    }

    /** The order, if any. */
    public Optional<ExpenseOrder> orderBy() {
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
    public ExpenseQuery withSkip(int newSkip) {
        return toBuilder().skip(newSkip).build();
    }

    @Override
    public String toString() {
        return "ExpenseQuery{filter=" + filter + ", orderBy=" + orderBy + ", skip=" + skip + ", take=" + take + '}';
    }

    /** Builds an {@link ExpenseQuery}; not thread-safe. */
    public static final class Builder {
        private ExpenseFilter filter;
        private ExpenseOrder orderBy;
        private Integer skip;
        private Integer take;

        private Builder() {
        }

        /** Only expenses matching {@code value}. */
        public Builder filter(ExpenseFilter value) {
            this.filter = value;
            return this;
        }

        /** The order of results; set one for stable paging across pages. */
        public Builder orderBy(ExpenseOrder value) {
            this.orderBy = value;
            return this;
        }

        /** Skip this many results (0 or more). */
        public Builder skip(int value) {
            if (value < 0) {
                throw new IllegalArgumentException("skip must be 0 or more, was " + value);
            }
            this.skip = value;
            return this;
        }

        /** Return at most this many results per page, 1 to {@value ExpenseQuery#MAX_TAKE}. */
        public Builder take(int value) {
            if (value < 1 || value > MAX_TAKE) {
                throw new IllegalArgumentException("take must be between 1 and " + MAX_TAKE + " (Payhawk's page limit), was " + value);
            }
            this.take = value;
            return this;
        }

        /** The query. */
        public ExpenseQuery build() {
            return new ExpenseQuery(this);
        }
    }
}
