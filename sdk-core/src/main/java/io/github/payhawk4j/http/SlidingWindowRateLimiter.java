package io.github.payhawk4j.http;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * At most {@code permits} requests in any sliding {@code window}, the way Payhawk counts them
 * (15 per second per key). Slots are reserved in order, so concurrent callers queue fairly
 * instead of spinning. A small guard is added to the window because the server counts arrivals,
 * and arrivals jitter by a few milliseconds against departures.
 */
public final class SlidingWindowRateLimiter implements RateLimiter {

    /** Added to the window to absorb jitter between this client's send times and the server's arrival times. */
    static final Duration JITTER_GUARD = Duration.ofMillis(50);

    private final long windowNanos;
    private final LongSupplier nanoTime;
    /** Send times of the last {@code permits} slots, a ring; the oldest is at {@code next}. */
    private final long[] slots;
    private int next;
    private boolean full;

    /** A limiter of {@code permits} per {@code window} on the system's monotonic clock. */
    public SlidingWindowRateLimiter(int permits, Duration window) {
        this(permits, window, System::nanoTime);
    }

    SlidingWindowRateLimiter(int permits, Duration window, LongSupplier nanoTime) {
        if (permits < 1) {
            throw new IllegalArgumentException("permits must be at least 1, was " + permits);
        }
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("window must be positive, was " + window);
        }
        this.windowNanos = window.plus(JITTER_GUARD).toNanos();
        this.nanoTime = nanoTime;
        this.slots = new long[permits];
    }

    @Override
    public synchronized Duration reserve() {
        long now = nanoTime.getAsLong();
        long slot = full ? Math.max(now, slots[next] + windowNanos) : now;
        slots[next] = slot;
        next = (next + 1) % slots.length;
        if (next == 0) {
            full = true;
        }
        return Duration.ofNanos(slot - now);
    }
}
