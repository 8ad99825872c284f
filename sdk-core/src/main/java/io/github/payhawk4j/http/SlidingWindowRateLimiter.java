package io.github.payhawk4j.http;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.LongSupplier;

/**
 * At most {@code permits} requests in any sliding {@code window} as the server counts them
 * (Payhawk: 15 per second per key). Slots are handed out in order, so concurrent callers queue
 * fairly instead of spinning.
 *
 * <p>A slot becomes free one window after the attempt that last used it <em>ended</em>, not after
 * it was sent. The server saw that request before its response (or failure) came back, so the
 * next request on the slot arrives more than a window later whatever the latency, even when the
 * first requests of a burst are slowed by opening connections and later ones are not. The price
 * is one round trip per window of throughput. A small margin is added to the window for servers
 * that round their timestamps.
 */
public final class SlidingWindowRateLimiter implements RateLimiter {

    /** Added to the window, so a server rounding its timestamps cannot see the window as shorter. */
    static final Duration MARGIN = Duration.ofMillis(50);

    private final long windowNanos;
    private final LongSupplier nanoTime;
    /** When the attempts on the last {@code permits} slots ended, a ring; the oldest is at {@code next}; null if unused. */
    private final List<CompletableFuture<Long>> ends;
    private int next;

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
        this.windowNanos = window.plus(MARGIN).toNanos();
        this.nanoTime = nanoTime;
        this.ends = new ArrayList<>(Collections.nCopies(permits, null));
    }

    @Override
    public synchronized Slot reserve() {
        CompletableFuture<Long> end = new CompletableFuture<>();
        CompletableFuture<Long> previousEnd = ends.set(next, end);
        next = (next + 1) % ends.size();
        if (previousEnd == null) {
            return new Slot(CompletableFuture.completedFuture(Duration.ZERO), () -> end.complete(nanoTime.getAsLong()));
        }
        // A slot released before it was ready (its caller gave up waiting) sent nothing; it must not end
        // before the slot it waited for, or the next caller could send while that request is in flight.
        return new Slot(previousEnd.thenApply(this::waitAfter),
                () -> previousEnd.thenAccept(previous -> end.complete(Math.max(previous, nanoTime.getAsLong()))));
    }

    private Duration waitAfter(long previousEndNanos) {
        return Duration.ofNanos(Math.max(0, previousEndNanos + windowNanos - nanoTime.getAsLong()));
    }
}
