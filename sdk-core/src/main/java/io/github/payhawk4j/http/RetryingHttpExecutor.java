package io.github.payhawk4j.http;

import io.github.payhawk4j.error.ApiConnectionException;
import io.github.payhawk4j.error.ErrorDetails;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Repeats attempts as the {@link RetryPolicy} says, and logs one debug line per attempt
 * (method, path, status, duration, attempt number; never headers or bodies).
 * Returns the last response whatever its status; error mapping happens above this layer.
 */
public final class RetryingHttpExecutor implements HttpExecutor {

    private static final Logger LOG = LoggerFactory.getLogger(RetryingHttpExecutor.class);

    private final HttpExecutor delegate;
    private final RetryPolicy policy;
    private final Sleeper sleeper;

    /** Retries calls made through {@code delegate}. */
    public RetryingHttpExecutor(HttpExecutor delegate, RetryPolicy policy, Sleeper sleeper) {
        this.delegate = delegate;
        this.policy = policy;
        this.sleeper = sleeper;
    }

    @Override
    public ApiResponse execute(ApiRequest request) {
        for (int retriesDone = 0; ; retriesDone++) {
            long start = System.nanoTime();
            Optional<Duration> wait;
            try {
                ApiResponse response = delegate.execute(request);
                logAttempt(request, String.valueOf(response.statusCode()), start, retriesDone);
                wait = policy.afterResponse(request, response, retriesDone);
                if (wait.isEmpty()) {
                    return response;
                }
            } catch (RuntimeException failure) {
                logAttempt(request, failure.getClass().getSimpleName(), start, retriesDone);
                wait = policy.afterFailure(request, failure, retriesDone);
                if (wait.isEmpty()) {
                    throw failure;
                }
            }
            pause(request, wait.get());
        }
    }

    @Override
    public CompletableFuture<ApiResponse> executeAsync(ApiRequest request) {
        return attempt(request, 0);
    }

    private CompletableFuture<ApiResponse> attempt(ApiRequest request, int retriesDone) {
        long start = System.nanoTime();
        CompletableFuture<ApiResponse> sent;
        try {
            sent = delegate.executeAsync(request);
        } catch (RuntimeException failure) {
            sent = CompletableFuture.failedFuture(failure);
        }
        return sent.handle((response, thrown) -> {
            if (thrown == null) {
                logAttempt(request, String.valueOf(response.statusCode()), start, retriesDone);
                return policy.afterResponse(request, response, retriesDone)
                        .map(wait -> retryAfter(request, wait, retriesDone))
                        .orElseGet(() -> CompletableFuture.completedFuture(response));
            }
            Throwable cause = thrown instanceof CompletionException && thrown.getCause() != null ? thrown.getCause() : thrown;
            logAttempt(request, cause.getClass().getSimpleName(), start, retriesDone);
            Optional<Duration> wait = cause instanceof RuntimeException runtime
                    ? policy.afterFailure(request, runtime, retriesDone) : Optional.empty();
            return wait.map(w -> retryAfter(request, w, retriesDone))
                    .orElseGet(() -> CompletableFuture.failedFuture(cause));
        }).thenCompose(next -> next);
    }

    private CompletableFuture<ApiResponse> retryAfter(ApiRequest request, Duration wait, int retriesDone) {
        return sleeper.delay(wait).thenCompose(ignored -> attempt(request, retriesDone + 1));
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
