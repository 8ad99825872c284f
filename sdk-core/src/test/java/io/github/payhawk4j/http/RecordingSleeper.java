package io.github.payhawk4j.http;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A {@link Sleeper} for tests: records every wait the client asks for and returns at once, so
 * retry tests run in milliseconds and can assert the exact waits. Zero waits (a free rate-limit
 * slot) are not recorded, so {@link #waits()} lists only real pauses. Thread-safe.
 */
public final class RecordingSleeper implements Sleeper {

    private final List<Duration> waits = new ArrayList<>();

    @Override
    public void sleep(Duration duration) {
        record(duration);
    }

    @Override
    public CompletableFuture<Void> delay(Duration duration) {
        record(duration);
        return CompletableFuture.completedFuture(null);
    }

    /** The non-zero waits asked for so far, in order. */
    public synchronized List<Duration> waits() {
        return List.copyOf(waits);
    }

    private synchronized void record(Duration duration) {
        if (!duration.isZero()) {
            waits.add(duration);
        }
    }
}
