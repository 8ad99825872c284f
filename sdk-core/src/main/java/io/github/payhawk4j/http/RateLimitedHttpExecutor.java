package io.github.payhawk4j.http;

import io.github.payhawk4j.error.ApiConnectionException;
import io.github.payhawk4j.error.ErrorDetails;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/** Waits for a {@link RateLimiter} slot before every attempt it passes on, and frees it when the attempt is over. */
public final class RateLimitedHttpExecutor implements HttpExecutor {

    private final HttpExecutor delegate;
    private final RateLimiter limiter;
    private final Sleeper sleeper;

    /** Limits the calls made through {@code delegate}. */
    public RateLimitedHttpExecutor(HttpExecutor delegate, RateLimiter limiter, Sleeper sleeper) {
        this.delegate = delegate;
        this.limiter = limiter;
        this.sleeper = sleeper;
    }

    @Override
    public ApiResponse execute(ApiRequest request) {
        return execute(request, SendObserver.NONE);
    }

    @Override
    public CompletableFuture<ApiResponse> executeAsync(ApiRequest request) {
        return executeAsync(request, SendObserver.NONE);
    }

    /**
     * Sends once the slot is free. The wait reported to {@code observer} is the time spent for the slot to become
     * ready plus the sleep the limiter asked for (as the {@link Sleeper} was told, so tests see it exactly).
     */
    @Override
    public ApiResponse execute(ApiRequest request, SendObserver observer) {
        return execute(request, observer, null);
    }

    @Override
    public ApiResponse execute(ApiRequest request, StreamingResponseReader<?> successReader) {
        return execute(request, SendObserver.NONE, successReader);
    }

    @Override
    public ApiResponse execute(ApiRequest request, SendObserver observer, StreamingResponseReader<?> successReader) {
        long reserved = System.nanoTime();
        RateLimiter.Slot slot = limiter.reserve();
        try {
            Duration sleep = slot.ready().get();
            Duration queued = Duration.ofNanos(System.nanoTime() - reserved);
            sleeper.sleep(sleep);
            observer.sending(queued.plus(sleep));
            return delegate.execute(request, successReader);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiConnectionException(ErrorDetails.noResponse(request.method(), request.path(),
                    "interrupted while waiting for a rate-limit slot"), false, e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the rate limiter failed to hand out a slot", e.getCause());
        } finally {
            slot.release();
        }
    }

    @Override
    public CompletableFuture<ApiResponse> executeAsync(ApiRequest request, SendObserver observer) {
        long reserved = System.nanoTime();
        RateLimiter.Slot slot = limiter.reserve();
        return slot.ready()
                .thenCompose(sleep -> {
                    Duration queued = Duration.ofNanos(System.nanoTime() - reserved);
                    return sleeper.delay(sleep).thenApply(slept -> queued.plus(sleep));
                })
                .thenCompose(waited -> {
                    observer.sending(waited);
                    return delegate.executeAsync(request);
                })
                .whenComplete((response, failure) -> slot.release());
    }
}
