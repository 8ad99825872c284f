package io.github.payhawk4j.sandbox;

import java.time.Duration;

/**
 * How the sandbox delivers webhooks.
 *
 * @param maxAttempts      POSTs per delivery before it counts as failed (first attempt included)
 * @param initialBackoff   wait before the first retry; each further retry waits twice as long
 * @param maxBackoff       the longest wait between retries
 * @param timeout          connect and read timeout of one POST
 * @param deactivateAfter  failed deliveries in a row after which a subscription is {@code deactivated_by_payhawk}
 * @param threads          deliveries sent at the same time
 */
record DeliverySettings(
        int maxAttempts,
        Duration initialBackoff,
        Duration maxBackoff,
        Duration timeout,
        int deactivateAfter,
        int threads) {

    DeliverySettings {
        if (maxAttempts < 1 || deactivateAfter < 1 || threads < 1) {
            throw new IllegalArgumentException("attempts, deactivation threshold and threads must be at least 1");
        }
        if (initialBackoff.isNegative() || maxBackoff.isNegative() || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("backoffs must not be negative and the timeout must be positive");
        }
    }

    /** The wait before retry number {@code retry} (1 = the first retry). */
    Duration backoffBefore(int retry) {
        Duration wait = initialBackoff;
        for (int i = 1; i < retry && wait.compareTo(maxBackoff) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }
}
