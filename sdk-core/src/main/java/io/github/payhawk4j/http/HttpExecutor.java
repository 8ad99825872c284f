package io.github.payhawk4j.http;

import java.time.Duration;
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

    /**
     * Like {@link #execute(ApiRequest)}, telling {@code observer} when the request is sent. Layers that wait
     * before sending (the rate limiter) say how long; the others send at once.
     */
    default ApiResponse execute(ApiRequest request, SendObserver observer) {
        observer.sending(Duration.ZERO);
        return execute(request);
    }

    /**
     * Like {@link #execute(ApiRequest)}; a successful (2xx) body is read by {@code successReader} as it arrives,
     * within the attempt, and comes back as {@link ApiResponse#streamed()}: a body that stalls, breaks off or grows
     * too large fails the attempt as a missing response would. Other responses, and every response when
     * {@code successReader} is null or a layer does not stream, come back collected.
     */
    default ApiResponse execute(ApiRequest request, StreamingResponseReader<?> successReader) {
        return execute(request);
    }

    /** Like {@link #execute(ApiRequest, StreamingResponseReader)}, telling {@code observer} when the request is sent. */
    default ApiResponse execute(ApiRequest request, SendObserver observer, StreamingResponseReader<?> successReader) {
        observer.sending(Duration.ZERO);
        return execute(request, successReader);
    }

    /** Like {@link #executeAsync(ApiRequest)}, telling {@code observer} when the request is sent. */
    default CompletableFuture<ApiResponse> executeAsync(ApiRequest request, SendObserver observer) {
        observer.sending(Duration.ZERO);
        return executeAsync(request);
    }
}
