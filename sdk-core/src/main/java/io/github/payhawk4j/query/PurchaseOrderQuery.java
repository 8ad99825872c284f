package io.github.payhawk4j.query;

import java.util.Optional;

/**
 * Which purchase orders to list: a filter and the page window ({@code $skip}, {@code $take} up to 1000).
 * Payhawk defines no order parameter for purchase orders. Immutable.
 * <pre>{@code
 * PurchaseOrderQuery query = PurchaseOrderQuery.builder()
 *         .filter(PurchaseOrderFilter.status(PurchaseOrderStatus.OPEN))
 *         .take(500)
 *         .build();
 * }</pre>
 */
public final class PurchaseOrderQuery {

    /** The largest page Payhawk returns. */
    public static final int MAX_TAKE = 1000;

    private static final PurchaseOrderQuery ALL = builder().build();

    private final PurchaseOrderFilter filter;
    private final Integer skip;
    private final Integer take;

    private PurchaseOrderQuery(Builder builder) {
        this.filter = builder.filter;
        this.skip = builder.skip;
        this.take = builder.take;
    }

    /** Every purchase order, in Payhawk's order and default page size. */
    public static PurchaseOrderQuery all() {
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
        builder.skip = skip;
        builder.take = take;
        return builder;
    }

    /** The filter, if any. */
    public Optional<PurchaseOrderFilter> filter() {
        return Optional.ofNullable(filter);
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
    public PurchaseOrderQuery withSkip(int newSkip) {
        return toBuilder().skip(newSkip).build();
    }

    @Override
    public String toString() {
        return "PurchaseOrderQuery{filter=" + filter + ", skip=" + skip + ", take=" + take + '}';
    }

    /** Builds an {@link PurchaseOrderQuery}; not thread-safe. */
    public static final class Builder {
        private PurchaseOrderFilter filter;
        private Integer skip;
        private Integer take;

        private Builder() {
        }

        /** Only purchase orders matching {@code value}. */
        public Builder filter(PurchaseOrderFilter value) {
            this.filter = value;
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

        /** Return at most this many results per page, 1 to {@value PurchaseOrderQuery#MAX_TAKE}. */
        public Builder take(int value) {
            if (value < 1 || value > MAX_TAKE) {
                throw new IllegalArgumentException("take must be between 1 and " + MAX_TAKE + " (Payhawk's page limit), was " + value);
            }
            this.take = value;
            return this;
        }

        /** The query. */
        public PurchaseOrderQuery build() {
            return new PurchaseOrderQuery(this);
        }
    }
}
