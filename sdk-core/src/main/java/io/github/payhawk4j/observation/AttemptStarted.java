package io.github.payhawk4j.observation;

import java.time.Duration;
import java.util.Objects;

/**
 * An attempt is being sent: its rate-limit slot is free and the request goes out now. Immutable.
 *
 * @param callId        identifies the call within its client; all attempts of one call share it, so a listener
 *                      can pair each start with its {@link AttemptFinished}
 * @param operation     which operation, without ids
 * @param attempt       1 for the first attempt, 2 for the first retry, ...
 * @param maxAttempts   the most attempts this call may make (retries allowed plus one)
 * @param rateLimitWait how long this attempt waited for the client's rate limiter before it was sent
 */
public record AttemptStarted(long callId, ApiOperation operation, int attempt, int maxAttempts,
                             Duration rateLimitWait) {

    /** Checks the parts. */
    public AttemptStarted {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(rateLimitWait, "rateLimitWait");
    }

    /** {@return how many retries came before this attempt: 0 for the first one} */
    public int retry() {
        return attempt - 1;
    }
}
