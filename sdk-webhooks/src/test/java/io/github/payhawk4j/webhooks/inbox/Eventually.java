package io.github.payhawk4j.webhooks.inbox;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits, within a generous bound, for something workers do in their own time. */
final class Eventually {

    private Eventually() {
    }

    /** Returns once {@code condition} holds; fails with {@code what} after {@code timeout}. */
    static void await(String what, Duration timeout, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + timeout + ": " + what);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for: " + what, e);
            }
        }
    }
}
