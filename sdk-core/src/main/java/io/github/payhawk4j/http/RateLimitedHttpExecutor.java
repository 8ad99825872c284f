package io.github.payhawk4j.http;

import io.github.payhawk4j.error.ApiConnectionException;
import io.github.payhawk4j.error.ErrorDetails;

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
        RateLimiter.Slot slot = limiter.reserve();
        try {
            sleeper.sleep(slot.ready().get());
            return delegate.execute(request);
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
    public CompletableFuture<ApiResponse> executeAsync(ApiRequest request) {
        RateLimiter.Slot slot = limiter.reserve();
        return slot.ready()
                .thenCompose(sleeper::delay)
                .thenCompose(ignored -> delegate.executeAsync(request))
                .whenComplete((response, failure) -> slot.release());
    }
}
