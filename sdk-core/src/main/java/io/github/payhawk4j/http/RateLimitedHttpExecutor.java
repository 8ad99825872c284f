package io.github.payhawk4j.http;

import io.github.payhawk4j.error.ApiConnectionException;
import io.github.payhawk4j.error.ErrorDetails;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/** Waits for a {@link RateLimiter} slot before every attempt it passes on. */
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
        Duration wait = limiter.reserve();
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiConnectionException(ErrorDetails.noResponse(request.method(), request.path(),
                    "interrupted while waiting for a rate-limit slot"), false, e);
        }
        return delegate.execute(request);
    }

    @Override
    public CompletableFuture<ApiResponse> executeAsync(ApiRequest request) {
        Duration wait = limiter.reserve();
        return sleeper.delay(wait).thenCompose(ignored -> delegate.executeAsync(request));
    }
}
