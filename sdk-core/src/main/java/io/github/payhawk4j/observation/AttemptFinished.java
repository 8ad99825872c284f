package io.github.payhawk4j.observation;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * An attempt is over: it got a response (any status; error statuses are mapped to exceptions only after this)
 * or failed without one. Immutable.
 *
 * @param callId      the call's id, as in its {@link AttemptStarted}
 * @param operation   which operation, without ids
 * @param attempt     1 for the first attempt, 2 for the first retry, ...
 * @param maxAttempts the most attempts this call may make
 * @param status      the HTTP status, or 0 when the attempt got no response
 * @param failure     why the attempt got no response (e.g. an {@code ApiTimeoutException}), or null when it got one
 * @param duration    from sending the request to the response (or failure), without the rate-limit wait
 * @param retryAfter  the wait the response's {@code Retry-After} asked for (with a 429, usually), or null when it
 *                    had none
 * @param nextRetryIn how long the client waits before its next attempt, or null when this attempt was the last
 */
public record AttemptFinished(long callId, ApiOperation operation, int attempt, int maxAttempts, int status,
                              Throwable failure, Duration duration, Duration retryAfter, Duration nextRetryIn) {

    /** Checks the parts. */
    public AttemptFinished {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(duration, "duration");
        if ((status == 0) == (failure == null)) {
            throw new IllegalArgumentException("an attempt has either a status or a failure");
        }
    }

    /** {@return the HTTP status, empty when the attempt got no response} */
    public OptionalInt statusCode() {
        return status == 0 ? OptionalInt.empty() : OptionalInt.of(status);
    }

    /** {@return whether Payhawk refused the attempt with 429 Too Many Requests} */
    public boolean throttled() {
        return status == 429;
    }

    /** {@return whether the client makes another attempt after this one} */
    public boolean willRetry() {
        return nextRetryIn != null;
    }

    /** {@return the wait the response's {@code Retry-After} asked for, if it had one} */
    public Optional<Duration> retryAfterWait() {
        return Optional.ofNullable(retryAfter);
    }

    /** {@return how many retries came before this attempt: 0 for the first one} */
    public int retry() {
        return attempt - 1;
    }

    /**
     * {@return a short low-cardinality outcome for a metric tag: the status ({@code "200"}, {@code "429"}) or the
     * failure's simple class name ({@code "ApiTimeoutException"})}
     */
    public String outcome() {
        return failure == null ? String.valueOf(status) : failure.getClass().getSimpleName();
    }
}
