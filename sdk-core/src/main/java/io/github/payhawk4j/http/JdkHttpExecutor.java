package io.github.payhawk4j.http;

import io.github.payhawk4j.error.ApiConnectionException;
import io.github.payhawk4j.error.ApiTimeoutException;
import io.github.payhawk4j.error.ErrorDetails;
import io.github.payhawk4j.error.ResponseTooLargeException;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * The innermost layer: sends one attempt with the JDK's {@link HttpClient}, adding the base URL,
 * the API key header, {@code Accept} and {@code User-Agent}, and reads the body within the request timeout
 * and the size limit. It is the only class that sees the key.
 */
public final class JdkHttpExecutor implements HttpExecutor {

    /** Header Payhawk reads the API key from. */
    public static final String API_KEY_HEADER = "X-Payhawk-ApiKey";

    private final HttpClient httpClient;
    private final String baseUrl;
    private final String apiKey;
    private final String userAgent;
    private final Duration requestTimeout;
    private final long maxResponseBytes;

    /**
     * @param httpClient     the JDK client to send with (shared, thread-safe)
     * @param baseUrl        scheme, host and port, without trailing slash
     * @param apiKey         the key sent in {@value #API_KEY_HEADER}
     * @param userAgent      the {@code User-Agent} value
     * @param requestTimeout   how long one attempt may take, until the whole response body has arrived
     * @param maxResponseBytes the largest response body accepted
     */
    public JdkHttpExecutor(HttpClient httpClient, String baseUrl, String apiKey, String userAgent, Duration requestTimeout,
                           long maxResponseBytes) {
        this.httpClient = httpClient;
        this.baseUrl = baseUrl;
        this.apiKey = apiKey;
        this.userAgent = userAgent;
        this.requestTimeout = requestTimeout;
        this.maxResponseBytes = maxResponseBytes;
    }

    /**
     * Sends one attempt and waits for it in the calling thread, body included, at most the request timeout.
     * It blocks in {@link HttpClient#send} rather than waiting on {@code sendAsync}: the JDK completes every
     * {@code sendAsync} future on the common pool, which on machines with fewer than three cores has no
     * threads and starts a new one per response, and that doubled the time of a call on two cores.
     */
    @Override
    public ApiResponse execute(ApiRequest request) {
        BoundedBody body = new BoundedBody(timeoutOf(request));
        try {
            return toApiResponse(httpClient.send(toHttpRequest(request), body));
        } catch (IOException e) {
            throw body.failure(request, () -> connectionFailure(request, e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiConnectionException(ErrorDetails.noResponse(request.method(), request.path(),
                    "interrupted while waiting for the response"), true, e);
        }
    }

    @Override
    public CompletableFuture<ApiResponse> executeAsync(ApiRequest request) {
        BoundedBody body = new BoundedBody(timeoutOf(request));
        return httpClient.sendAsync(toHttpRequest(request), body)
                .handle((response, failure) -> {
                    if (failure == null) {
                        return toApiResponse(response);
                    }
                    Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                            ? failure.getCause() : failure;
                    throw body.failure(request, () -> attemptFailure(request, cause));
                });
    }

    /** The request's own timeout if the caller set one for this call, otherwise the client's. */
    private Duration timeoutOf(ApiRequest request) {
        return request.timeout() != null ? request.timeout() : requestTimeout;
    }

    /** The exception for an attempt that failed with {@code cause}: I/O failures and timeouts as connection errors. */
    private RuntimeException attemptFailure(ApiRequest request, Throwable cause) {
        if (cause instanceof IOException io) {
            return connectionFailure(request, io);
        }
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new ApiConnectionException(ErrorDetails.noResponse(request.method(), request.path(), String.valueOf(cause)),
                true, cause);
    }

    private HttpRequest toHttpRequest(ApiRequest request) {
        HttpRequest.BodyPublisher body = request.body() == null
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(request.body());
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + request.pathAndQuery()))
                .timeout(timeoutOf(request))
                .header(API_KEY_HEADER, apiKey)
                .header("Accept", request.accept())
                .header("User-Agent", userAgent)
                .method(request.method(), body);
        if (request.contentType() != null) {
            builder.header("Content-Type", request.contentType());
        }
        return builder.build();
    }

    private static ApiResponse toApiResponse(HttpResponse<byte[]> response) {
        byte[] body = response.body() == null ? new byte[0] : response.body();
        return new ApiResponse(response.statusCode(), response.headers().map(), body);
    }

    /** Maps an I/O failure, telling apart the failures where the request provably never left. */
    private static ApiConnectionException connectionFailure(ApiRequest request, IOException e) {
        String reason = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        ErrorDetails details = ErrorDetails.noResponse(request.method(), request.path(), reason);
        if (e instanceof HttpConnectTimeoutException) {
            return new ApiTimeoutException(details, false, e);
        }
        if (e instanceof HttpTimeoutException) {
            return new ApiTimeoutException(details, true, e);
        }
        return new ApiConnectionException(details, !isConnectionRefused(e), e);
    }

    private static boolean isConnectionRefused(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConnectException) {
                return true;
            }
        }
        return false;
    }

    /**
     * The body of one attempt: collected within {@code maxResponseBytes} (see {@link SizeLimitedBodySubscriber})
     * and the attempt's timeout, counted from when the attempt was sent. The JDK's own timeout
     * ({@link HttpRequest.Builder#timeout}) stops counting once the response headers are in, so a body that stops
     * arriving would otherwise hold the caller for as long as the server keeps the connection open.
     */
    private final class BoundedBody implements HttpResponse.BodyHandler<byte[]> {

        private final Duration timeout;
        private final long deadline;
        private volatile SizeLimitedBodySubscriber<byte[]> sizeLimit;

        BoundedBody(Duration timeout) {
            this.timeout = timeout;
            this.deadline = System.nanoTime() + timeout.toNanos();
        }

        @Override
        public HttpResponse.BodySubscriber<byte[]> apply(HttpResponse.ResponseInfo responseInfo) {
            sizeLimit = new SizeLimitedBodySubscriber<>(HttpResponse.BodySubscribers.ofByteArray(), maxResponseBytes,
                    responseInfo.statusCode(), responseInfo.headers().firstValueAsLong("Content-Length"));
            return new DeadlineBodySubscriber<>(sizeLimit, deadline, timeout);
        }

        /**
         * What this attempt failed with: a {@link ResponseTooLargeException} if its body was refused for its size,
         * whatever exception the JDK reported, otherwise {@code otherwise}.
         */
        RuntimeException failure(ApiRequest request, Supplier<RuntimeException> otherwise) {
            SizeLimitedBodySubscriber<byte[]> subscriber = sizeLimit;
            Optional<SizeLimitedBodySubscriber.TooLarge> refusal = subscriber == null ? Optional.empty() : subscriber.refusal();
            if (refusal.isEmpty()) {
                return otherwise.get();
            }
            return new ResponseTooLargeException(new ErrorDetails(refusal.get().statusCode(), null, refusal.get().getMessage(),
                    request.method(), request.path(), null), refusal.get().maxBytes(), refusal.get());
        }
    }
}
