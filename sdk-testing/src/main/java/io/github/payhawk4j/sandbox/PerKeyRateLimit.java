package io.github.payhawk4j.sandbox;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Payhawk's rate limit as the server enforces it: at most {@code limit} requests per key in any sliding
 * window of {@code window} (15 per second on the real API). Refused requests do not count.
 *
 * <p>Not sdk-core's client limiter: that one queues a caller's requests until a slot is free, so that a
 * client never draws a 429; this one judges requests as they arrive, from any number of clients, and
 * refuses those over the limit with what a 429 carries ({@code RateLimit-Remaining}, {@code Retry-After}).
 */
final class PerKeyRateLimit {

    /** The verdict for one request: admitted or not, what is left, and when to retry. */
    record Decision(boolean admitted, int remaining, Duration retryAfter) {

        /** {@code Retry-After} in whole seconds, rounded up and at least 1 as HTTP wants it. */
        long retryAfterSeconds() {
            long millis = retryAfter.toMillis();
            return Math.max(1, (millis + 999) / 1000);
        }
    }

    private final int limit;
    private final long windowNanos;
    private final LongSupplier nanoTime;
    private final Map<String, Deque<Long>> admittedByKey = new ConcurrentHashMap<>();

    PerKeyRateLimit(int limit, Duration window, LongSupplier nanoTime) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, was " + limit);
        }
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("window must be positive, was " + window);
        }
        this.limit = limit;
        this.windowNanos = window.toNanos();
        this.nanoTime = nanoTime;
    }

    /** Counts a request for {@code key} if the window has room for it. */
    Decision acquire(String key) {
        Deque<Long> admitted = admittedByKey.computeIfAbsent(key, any -> new ArrayDeque<>());
        synchronized (admitted) {
            long now = nanoTime.getAsLong();
            while (!admitted.isEmpty() && now - admitted.peekFirst() >= windowNanos) {
                admitted.pollFirst();
            }
            if (admitted.size() < limit) {
                admitted.addLast(now);
                return new Decision(true, limit - admitted.size(), Duration.ZERO);
            }
            long wait = admitted.peekFirst() + windowNanos - now;
            return new Decision(false, 0, Duration.ofNanos(wait));
        }
    }

    int limit() {
        return limit;
    }

    Duration window() {
        return Duration.ofNanos(windowNanos);
    }
}
