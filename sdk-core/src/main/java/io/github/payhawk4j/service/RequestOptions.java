package io.github.payhawk4j.service;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Settings for the calls of one service view, overriding the client's for those calls only:
 * {@code client.expenses().withOptions(o -> o.timeout(Duration.ofSeconds(5)).maxRetries(0))}.
 * Unset settings keep the client's. Immutable.
 */
public final class RequestOptions {

    private static final RequestOptions NONE = new Builder().build();

    private final Duration timeout;
    private final Integer maxRetries;

    private RequestOptions(Builder builder) {
        this.timeout = builder.timeout;
        this.maxRetries = builder.maxRetries;
    }

    /** No overrides: every call uses the client's settings. */
    public static RequestOptions none() {
        return NONE;
    }

    /** A builder with nothing set. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these settings, to change some of them. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.timeout = timeout;
        builder.maxRetries = maxRetries;
        return builder;
    }

    /** How long each attempt may take, until the whole response has arrived; empty for the client's request timeout. */
    public Optional<Duration> timeout() {
        return Optional.ofNullable(timeout);
    }

    /** Retries after the first attempt; empty for the client's {@code maxRetries}. */
    public Optional<Integer> maxRetries() {
        return Optional.ofNullable(maxRetries);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RequestOptions that && Objects.equals(timeout, that.timeout)
                && Objects.equals(maxRetries, that.maxRetries);
    }

    @Override
    public int hashCode() {
        return Objects.hash(timeout, maxRetries);
    }

    @Override
    public String toString() {
        return "RequestOptions{timeout=" + timeout + ", maxRetries=" + maxRetries + '}';
    }

    /** Builds {@link RequestOptions}; not thread-safe. */
    public static final class Builder {
        private Duration timeout;
        private Integer maxRetries;

        private Builder() {
        }

        /**
         * How long each attempt may take, from sending until the whole response body has arrived, instead of the
         * client's request timeout; null for the client's.
         *
         * @throws IllegalArgumentException if the timeout is zero or negative
         */
        public Builder timeout(Duration value) {
            if (value != null && (value.isNegative() || value.isZero())) {
                throw new IllegalArgumentException("timeout must be positive, was " + value);
            }
            this.timeout = value;
            return this;
        }

        /**
         * Retries after the first attempt instead of the client's setting; 0 switches them off for these calls.
         * Which failures are retried does not change.
         *
         * @throws IllegalArgumentException if the value is negative
         */
        public Builder maxRetries(int value) {
            if (value < 0) {
                throw new IllegalArgumentException("maxRetries must be 0 or more, was " + value);
            }
            this.maxRetries = value;
            return this;
        }

        /** The options. */
        public RequestOptions build() {
            return new RequestOptions(this);
        }
    }
}
