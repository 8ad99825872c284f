package io.github.payhawk4j.webhooks.delivery;

import java.time.Duration;
import java.util.Objects;

/**
 * A {@link DeliveryStore} cannot take another delivery without forgetting one it must still remember (an id whose
 * copies could still pass verification), so it refuses the new one instead. The sender should retry after
 * {@link #retryAfter()}; {@code WebhookDispatcher} answers {@code 503} with a {@code Retry-After} header.
 */
public final class DeliveryStoreFullException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** How long until the store expects room for a new delivery. */
    private final Duration retryAfter;

    /**
     * An exception saying why the store is full and when to retry.
     *
     * @param message    what is full and which setting to raise
     * @param retryAfter how long until the store expects room, positive
     */
    public DeliveryStoreFullException(String message, Duration retryAfter) {
        super(message);
        Objects.requireNonNull(retryAfter, "retryAfter");
        if (retryAfter.isNegative() || retryAfter.isZero()) {
            throw new IllegalArgumentException("retryAfter must be positive, was " + retryAfter);
        }
        this.retryAfter = retryAfter;
    }

    /** {@return how long until the store expects to have room for a new delivery} */
    public Duration retryAfter() {
        return retryAfter;
    }
}
