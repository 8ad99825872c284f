package io.github.payhawk4j.query;

import io.github.payhawk4j.model.card.CardStatus;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Which cards to list ({@code ICardFilter}: the cardholder and the status) and the page window ({@code $skip},
 * {@code $take} up to 1000). Immutable.
 * <pre>{@code
 * CardQuery query = CardQuery.builder().userId(userId).status(CardStatus.ACTIVE).build();
 * }</pre>
 */
public final class CardQuery {

    /** The largest page this SDK asks for. */
    public static final int MAX_TAKE = 1000;

    private static final CardQuery ALL = builder().build();

    private final String userId;
    private final CardStatus status;
    private final Integer skip;
    private final Integer take;

    private CardQuery(Builder builder) {
        this.userId = builder.userId;
        this.status = builder.status;
        this.skip = builder.skip;
        this.take = builder.take;
    }

    /** Every card, in Payhawk's default order and page size. */
    public static CardQuery all() {
        return ALL;
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this query's settings. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.userId = userId;
        builder.status = status;
        builder.skip = skip;
        builder.take = take;
        return builder;
    }

    /**
     * The {@code $filter} JSON tree, if the holder or status is set: one condition, e.g.
     * {@code {"status":{"$equal":"active"}}}, or both in {@code $and}.
     */
    public Optional<Map<String, Object>> filterJsonTree() {
        List<Map<String, Object>> conditions = new ArrayList<>();
        if (userId != null) {
            conditions.add(Map.of("userId", Map.of("$equal", userId)));
        }
        if (status != null) {
            conditions.add(Map.of("status", Map.of("$equal", status.value())));
        }
        return switch (conditions.size()) {
            case 0 -> Optional.empty();
            case 1 -> Optional.of(conditions.get(0));
            default -> Optional.of(Map.of("$and", List.copyOf(conditions)));
        };
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
    public CardQuery withSkip(int newSkip) {
        return toBuilder().skip(newSkip).build();
    }

    @Override
    public String toString() {
        return "CardQuery{userId=" + userId + ", status=" + status + ", skip=" + skip + ", take=" + take + '}';
    }

    /** Builds a {@link CardQuery}; not thread-safe. */
    public static final class Builder {
        private String userId;
        private CardStatus status;
        private Integer skip;
        private Integer take;

        private Builder() {
        }

        /** Only the cards of the cardholder {@code value}. */
        public Builder userId(String value) {
            this.userId = Objects.requireNonNull(value, "userId");
            return this;
        }

        /** Only cards in status {@code value}. */
        public Builder status(CardStatus value) {
            this.status = Objects.requireNonNull(value, "status");
            return this;
        }

        /** Skip this many results (0 or more). */
        public Builder skip(int value) {
            this.skip = PageWindow.checkSkip(value);
            return this;
        }

        /** Return at most this many results per page, 1 to {@value CardQuery#MAX_TAKE}. */
        public Builder take(int value) {
            this.take = PageWindow.checkTake(value, MAX_TAKE);
            return this;
        }

        /** The query. */
        public CardQuery build() {
            return new CardQuery(this);
        }
    }
}
