package io.github.payhawk4j.webhooks.inbox;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * When a failed delivery is tried again: exponential backoff from {@code initial}, doubling per attempt up to
 * {@code max}, with "equal jitter" (a random point in the upper half of the delay), so that deliveries that failed
 * together (an ERP outage) do not all come back at the same instant.
 */
final class RetryBackoff {

    private final Duration initial;
    private final Duration max;
    private final DoubleSupplier random;

    RetryBackoff(Duration initial, Duration max, DoubleSupplier random) {
        this.initial = initial;
        this.max = max;
        this.random = random;
    }

    /** The wait after the {@code attempt}-th failure (1 for the first), in milliseconds. */
    long delayMillis(int attempt) {
        long ceiling = max.toMillis();
        long delay = initial.toMillis();
        for (int i = 1; i < attempt && delay < ceiling; i++) {
            delay *= 2;
        }
        delay = Math.min(delay, ceiling);
        long half = delay / 2;
        return delay - half + (long) (random.getAsDouble() * half);
    }
}
