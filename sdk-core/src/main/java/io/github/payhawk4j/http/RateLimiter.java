package io.github.payhawk4j.http;

import java.time.Duration;

/** Hands out send slots so a client stays under Payhawk's request rate. Thread-safe. */
public interface RateLimiter {

    /**
     * Reserves the next free slot and returns how long the caller must wait before sending
     * ({@link Duration#ZERO} when it may send now). The slot is taken even if the caller then fails.
     */
    Duration reserve();

    /** A limiter that never waits. */
    static RateLimiter unlimited() {
        return () -> Duration.ZERO;
    }
}
