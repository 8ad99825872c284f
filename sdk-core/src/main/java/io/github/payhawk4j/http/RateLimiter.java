package io.github.payhawk4j.http;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/** Hands out send slots so a client stays under Payhawk's request rate. Thread-safe. */
public interface RateLimiter {

    /**
     * Takes the next slot, in call order. The caller sends once {@link Slot#ready()} has completed
     * and the wait it gives has passed, and calls {@link Slot#release()} when the attempt is over,
     * however it ended (also when it never sent).
     */
    Slot reserve();

    /** A limiter that never waits. */
    static RateLimiter unlimited() {
        return () -> new Slot(CompletableFuture.completedFuture(Duration.ZERO), () -> { });
    }

    /** One reserved send slot. */
    final class Slot {
        private final CompletableFuture<Duration> ready;
        private final Runnable release;

        /**
         * @param ready   completes, once the slot may be used, with how long the caller must still wait
         * @param release marks the attempt that used the slot as over
         */
        public Slot(CompletableFuture<Duration> ready, Runnable release) {
            this.ready = ready;
            this.release = release;
        }

        /** Completes, once the slot's previous attempt is over, with the wait still needed before sending. */
        public CompletableFuture<Duration> ready() {
            return ready;
        }

        /** Marks the attempt as over; the slot's window starts now. Call exactly once. */
        public void release() {
            release.run();
        }
    }
}
