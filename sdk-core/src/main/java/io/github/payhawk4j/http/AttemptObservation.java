package io.github.payhawk4j.http;

import io.github.payhawk4j.observation.ApiOperation;
import io.github.payhawk4j.observation.AttemptFinished;
import io.github.payhawk4j.observation.AttemptStarted;
import io.github.payhawk4j.observation.PayhawkClientListener;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * One attempt as the listener sees it: started when the chain sends it, finished once with its response or
 * failure. Finishing an attempt that was never sent (its rate-limit wait was interrupted) reports nothing.
 * Used by one attempt at a time.
 */
final class AttemptObservation implements SendObserver {

    private final PayhawkClientListener listener;
    private final long callId;
    private final ApiOperation operation;
    private final int attempt;
    private final int maxAttempts;
    private volatile long sentNanos;
    private volatile boolean sent;

    AttemptObservation(PayhawkClientListener listener, long callId, ApiRequest request, int attempt, int maxAttempts) {
        this.listener = listener;
        this.callId = callId;
        this.operation = new ApiOperation(request.method(), request.pathTemplate());
        this.attempt = attempt;
        this.maxAttempts = maxAttempts;
    }

    @Override
    public void sending(Duration rateLimitWait) {
        sentNanos = System.nanoTime();
        sent = true;
        listener.attemptStarted(new AttemptStarted(callId, operation, attempt, maxAttempts, rateLimitWait));
    }

    /** The attempt got {@code response}; {@code nextRetry} is the wait before the next attempt, if any. */
    void answered(ApiResponse response, Optional<Duration> nextRetry, Clock clock) {
        if (sent) {
            Duration retryAfter = response.header("Retry-After").flatMap(value -> RetryAfter.parse(value, clock))
                    .orElse(null);
            listener.attemptFinished(new AttemptFinished(callId, operation, attempt, maxAttempts,
                    response.statusCode(), null, elapsed(), retryAfter, nextRetry.orElse(null)));
        }
    }

    /** The attempt failed without a response. */
    void failed(Throwable failure, Optional<Duration> nextRetry) {
        if (sent) {
            listener.attemptFinished(new AttemptFinished(callId, operation, attempt, maxAttempts, 0, failure,
                    elapsed(), null, nextRetry.orElse(null)));
        }
    }

    private Duration elapsed() {
        return Duration.ofNanos(Math.max(0, System.nanoTime() - sentNanos));
    }
}
