package io.github.payhawk4j.http;

import java.util.concurrent.CompletableFuture;

/**
 * Sends an {@link ApiRequest} and returns the raw {@link ApiResponse}, whatever its status.
 * Layers decorate each other (retrying around rate limiting around the JDK client), so each concern
 * lives in one place. Failures without a response are thrown as
 * {@link io.github.payhawk4j.error.ApiConnectionException}.
 */
public interface HttpExecutor {

    /** Sends the request and blocks for the response. */
    ApiResponse execute(ApiRequest request);

    /** Sends the request without blocking; the future fails with the same exceptions. */
    CompletableFuture<ApiResponse> executeAsync(ApiRequest request);
}
