package io.github.payhawk4j.http;

import io.github.payhawk4j.error.ApiConnectionException;
import io.github.payhawk4j.error.ErrorDetails;
import io.github.payhawk4j.observation.PayhawkClientListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Repeats attempts as the {@link RetryPolicy} says, tells the {@link PayhawkClientListener} about each attempt, and
 * logs one debug line per attempt (method, path, status, duration, attempt number; never headers or bodies).
 * Returns the last response whatever its status; error mapping happens above this layer.
 */
public final class RetryingHttpExecutor implements HttpExecutor {

    private static final Logger LOG = LoggerFactory.getLogger(RetryingHttpExecutor.class);

    private final HttpExecutor delegate;
    private final RetryPolicy policy;
    private final Sleeper sleeper;
    private final PayhawkClientListener listener;
    private final AtomicLong callIds = new AtomicLong();

    /** Retries calls made through {@code delegate}, telling no listener. */
    public RetryingHttpExecutor(HttpExecutor delegate, RetryPolicy policy, Sleeper sleeper) {
        this(delegate, policy, sleeper, PayhawkClientListener.none());
    }

    /** Retries calls made through {@code delegate}, telling {@code listener} (guarded here) about each attempt. */
    public RetryingHttpExecutor(HttpExecutor delegate, RetryPolicy policy, Sleeper sleeper,
                                PayhawkClientListener listener) {
        this.delegate = delegate;
        this.policy = policy;
        this.sleeper = sleeper;
        this.listener = new GuardedClientListener(listener);
    }

    @Override
    public ApiResponse execute(ApiRequest request) {
        return execute(request, (StreamingResponseReader<?>) null);
    }

    @Override
    public ApiResponse execute(ApiRequest request, StreamingResponseReader<?> successReader) {
        long callId = callIds.incrementAndGet();
        for (int retriesDone = 0; ; retriesDone++) {
            long start = System.nanoTime();
            AttemptObservation observation = observe(request, callId, retriesDone);
            Optional<Duration> wait;
            try {
                ApiResponse response = delegate.execute(request, observation, successReader);
                logAttempt(request, String.valueOf(response.statusCode()), start, retriesDone);
                wait = policy.afterResponse(request, response, retriesDone);
                observation.answered(response, wait, policy.clock());
                if (wait.isEmpty()) {
                    return response;
                }
            } catch (RuntimeException failure) {
                logAttempt(request, failure.getClass().getSimpleName(), start, retriesDone);
                wait = policy.afterFailure(request, failure, retriesDone);
                observation.failed(failure, wait);
                if (wait.isEmpty()) {
                    throw failure;
                }
            }
            pause(request, wait.get());
        }
    }

    @Override
    public CompletableFuture<ApiResponse> executeAsync(ApiRequest request) {
        return attempt(request, callIds.incrementAndGet(), 0);
    }

    private CompletableFuture<ApiResponse> attempt(ApiRequest request, long callId, int retriesDone) {
        long start = System.nanoTime();
        AttemptObservation observation = observe(request, callId, retriesDone);
        CompletableFuture<ApiResponse> sent;
        try {
            sent = delegate.executeAsync(request, observation);
        } catch (RuntimeException failure) {
            sent = CompletableFuture.failedFuture(failure);
        }
        return sent.handle((response, thrown) -> {
            if (thrown == null) {
                logAttempt(request, String.valueOf(response.statusCode()), start, retriesDone);
                Optional<Duration> wait = policy.afterResponse(request, response, retriesDone);
                observation.answered(response, wait, policy.clock());
                return wait.map(w -> retryAfter(request, callId, w, retriesDone))
                        .orElseGet(() -> CompletableFuture.completedFuture(response));
            }
            Throwable cause = thrown instanceof CompletionException && thrown.getCause() != null ? thrown.getCause() : thrown;
            logAttempt(request, cause.getClass().getSimpleName(), start, retriesDone);
            Optional<Duration> wait = cause instanceof RuntimeException runtime
                    ? policy.afterFailure(request, runtime, retriesDone) : Optional.empty();
            observation.failed(cause, wait);
            return wait.map(w -> retryAfter(request, callId, w, retriesDone))
                    .orElseGet(() -> CompletableFuture.failedFuture(cause));
        }).thenCompose(next -> next);
    }

    private CompletableFuture<ApiResponse> retryAfter(ApiRequest request, long callId, Duration wait, int retriesDone) {
        return sleeper.delay(wait).thenCompose(ignored -> attempt(request, callId, retriesDone + 1));
    }

    private AttemptObservation observe(ApiRequest request, long callId, int retriesDone) {
        return new AttemptObservation(listener, callId, request, retriesDone + 1, policy.maxRetriesFor(request) + 1);
    }

    private void pause(ApiRequest request, Duration wait) {
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiConnectionException(ErrorDetails.noResponse(request.method(), request.path(),
                    "interrupted while waiting to retry"), false, e);
        }
    }

    private void logAttempt(ApiRequest request, String outcome, long startNanos, int retriesDone) {
        if (LOG.isDebugEnabled()) {
            LOG.debug("{} {} -> {} in {} ms (attempt {} of {})", request.method(), request.path(), outcome,
                    (System.nanoTime() - startNanos) / 1_000_000, retriesDone + 1, policy.maxRetriesFor(request) + 1);
        }
    }
}
