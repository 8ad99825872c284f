package io.github.payhawk4j.reliability;

import io.github.payhawk4j.http.Sleeper;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A {@link Sleeper} that records every wait the client asks for and returns at once. Zero waits (the
 * unlimited rate limiter's "go ahead") are not recorded, so the list holds retry backoffs only. Thread-safe.
 */
final class RecordingSleeper implements Sleeper {

    private final List<Duration> waits = new CopyOnWriteArrayList<>();

    @Override
    public void sleep(Duration duration) {
        record(duration);
    }

    @Override
    public CompletableFuture<Void> delay(Duration duration) {
        record(duration);
        return CompletableFuture.completedFuture(null);
    }

    private void record(Duration duration) {
        if (!duration.isZero()) {
            waits.add(duration);
        }
    }

    /** The waits asked for so far, in order. */
    List<Duration> waits() {
        return List.copyOf(waits);
    }
}
