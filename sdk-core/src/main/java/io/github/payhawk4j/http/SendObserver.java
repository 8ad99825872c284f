package io.github.payhawk4j.http;

import java.time.Duration;

/** Told by the executor chain the moment an attempt is sent, with how long it waited for the rate limiter. */
@FunctionalInterface
public interface SendObserver {

    /** Ignores the moment. */
    SendObserver NONE = rateLimitWait -> { };

    /** The attempt is sent now, after waiting {@code rateLimitWait} for its rate-limit slot. */
    void sending(Duration rateLimitWait);
}
