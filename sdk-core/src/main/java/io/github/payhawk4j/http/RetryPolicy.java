package io.github.payhawk4j.http;

import io.github.payhawk4j.error.ApiConnectionException;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * When a failed attempt is tried again, and after how long. Immutable.
 *
 * <ul>
 *   <li>HTTP 429 is retried for every method: the request was refused, not processed.</li>
 *   <li>HTTP 502, 503, 504 and I/O failures are retried for GET, PUT and DELETE only. Payhawk has no
 *       idempotency keys, so a POST or PATCH is repeated after a failure only when the request
 *       provably never left (connection refused, connect timeout).</li>
 *   <li>The wait is the response's {@code Retry-After} when it has one, otherwise exponential backoff
 *       from {@code initialBackoff}, capped at {@code maxBackoff}, with jitter (50-100% of the step).
 *       A {@code Retry-After} beyond {@code maxRetryAfter} is not waited for: the call fails at once
 *       with the wait in the exception, so the caller can reschedule instead of blocking.</li>
 * </ul>
 *
 * @param maxRetries     attempts after the first, 0 for none
 * @param initialBackoff wait before the first retry when the server gives no {@code Retry-After}
 * @param maxBackoff     longest backoff step
 * @param maxRetryAfter  longest {@code Retry-After} the client will wait for
 * @param clock          now, for HTTP-date {@code Retry-After} values
 * @param random         source of jitter in [0, 1)
 */
public record RetryPolicy(int maxRetries, Duration initialBackoff, Duration maxBackoff, Duration maxRetryAfter,
                          Clock clock, DoubleSupplier random) {

    /** Default number of retries after the first attempt. */
    public static final int DEFAULT_MAX_RETRIES = 3;

    /** Validates the settings. */
    public RetryPolicy {
        if (maxRetries < 0) {
            throw new IllegalArgumentException("maxRetries must be 0 or more, was " + maxRetries);
        }
    }

    /** The defaults: 3 retries, 500 ms doubling up to 8 s, {@code Retry-After} honoured up to 60 s. */
    public static RetryPolicy defaults() {
        return new RetryPolicy(DEFAULT_MAX_RETRIES, Duration.ofMillis(500), Duration.ofSeconds(8), Duration.ofSeconds(60),
                Clock.systemUTC(), () -> ThreadLocalRandom.current().nextDouble());
    }

    /** This policy with another number of retries. */
    public RetryPolicy withMaxRetries(int retries) {
        return new RetryPolicy(retries, initialBackoff, maxBackoff, maxRetryAfter, clock, random);
    }

    /** This policy reading HTTP dates against another clock. */
    public RetryPolicy withClock(Clock newClock) {
        return new RetryPolicy(maxRetries, initialBackoff, maxBackoff, maxRetryAfter, newClock, random);
    }

    /** The retries {@code request} may have: its own setting if it has one, otherwise this policy's. */
    public int maxRetriesFor(ApiRequest request) {
        return request.maxRetries() != null ? request.maxRetries() : maxRetries;
    }

    /**
     * The wait before retrying a request that got {@code response}, or empty to stop.
     *
     * @param retriesDone how many retries were already made
     */
    public Optional<Duration> afterResponse(ApiRequest request, ApiResponse response, int retriesDone) {
        int status = response.statusCode();
        boolean retryable = status == 429 || (request.idempotent() && (status == 502 || status == 503 || status == 504));
        if (!retryable || retriesDone >= maxRetriesFor(request)) {
            return Optional.empty();
        }
        Optional<Duration> asked = response.header("Retry-After").flatMap(value -> RetryAfter.parse(value, clock));
        if (asked.isPresent()) {
            return asked.get().compareTo(maxRetryAfter) > 0 ? Optional.empty() : asked;
        }
        return Optional.of(backoff(retriesDone));
    }

    /**
     * The wait before retrying a request whose attempt failed without a response, or empty to stop.
     *
     * @param retriesDone how many retries were already made
     */
    public Optional<Duration> afterFailure(ApiRequest request, RuntimeException failure, int retriesDone) {
        if (!(failure instanceof ApiConnectionException connection) || retriesDone >= maxRetriesFor(request)) {
            return Optional.empty();
        }
        if (!request.idempotent() && connection.requestSent()) {
            return Optional.empty();
        }
        return Optional.of(backoff(retriesDone));
    }

    private Duration backoff(int retriesDone) {
        long step = initialBackoff.toNanos() << Math.min(retriesDone, 20);
        long capped = Math.min(step <= 0 ? Long.MAX_VALUE : step, maxBackoff.toNanos());
        return Duration.ofNanos((long) (capped * (0.5 + 0.5 * random.getAsDouble())));
    }
}
