package io.github.payhawk4j.http;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * How the client waits between retries and for rate-limit slots. The default really waits;
 * tests inject one that records the waits and returns at once.
 */
public interface Sleeper {

    /** Blocks for {@code duration}. */
    void sleep(Duration duration) throws InterruptedException;

    /** A future completed after {@code duration}, without blocking a thread meanwhile. */
    CompletableFuture<Void> delay(Duration duration);

    /** The sleeper that waits in real time. */
    static Sleeper system() {
        return SystemSleeper.INSTANCE;
    }

    /** Real-time waiting: {@link Thread#sleep} and {@link CompletableFuture#delayedExecutor}. */
    final class SystemSleeper implements Sleeper {
        private static final SystemSleeper INSTANCE = new SystemSleeper();

        private SystemSleeper() {
        }

        @Override
        public void sleep(Duration duration) throws InterruptedException {
            if (!duration.isZero() && !duration.isNegative()) {
                Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);
            }
        }

        @Override
        public CompletableFuture<Void> delay(Duration duration) {
            if (duration.isZero() || duration.isNegative()) {
                return CompletableFuture.completedFuture(null);
            }
            return CompletableFuture.runAsync(() -> { },
                    CompletableFuture.delayedExecutor(duration.toNanos(), TimeUnit.NANOSECONDS));
        }
    }
}
