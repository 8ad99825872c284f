package io.github.payhawk4j.error;

import java.time.Duration;
import java.util.Optional;

/**
 * HTTP 429: over Payhawk's rate limit (15 requests per second per key), and retries did not help.
 * {@link #retryAfter()} says how long Payhawk asked to wait.
 */
public class RateLimitedException extends PayhawkException {

    private static final long serialVersionUID = 1L;

    private final transient Duration retryAfter;

    /** Creates the exception with the wait Payhawk asked for, or null if it gave none. */
    public RateLimitedException(ErrorDetails details, Duration retryAfter, Throwable cause) {
        super(details, cause);
        this.retryAfter = retryAfter;
    }

    /** The wait from the {@code Retry-After} header, if the response had a valid one. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
