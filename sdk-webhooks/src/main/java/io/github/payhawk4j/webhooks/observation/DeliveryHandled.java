package io.github.payhawk4j.webhooks.observation;

import java.time.Duration;

/**
 * A handler ran for a delivery, successfully or not. Immutable.
 *
 * @param delivery which delivery
 * @param duration how long the handler (with its transaction, if any) took
 * @param failure  what the handler threw, or null when it returned normally
 */
public record DeliveryHandled(DeliveryInfo delivery, Duration duration, Throwable failure) {

    /** {@return whether the handler returned normally} */
    public boolean succeeded() {
        return failure == null;
    }
}
