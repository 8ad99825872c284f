package io.github.payhawk4j.http;

import io.github.payhawk4j.error.ApiConnectionException;
import io.github.payhawk4j.error.ApiTimeoutException;
import io.github.payhawk4j.error.ErrorDetails;
import io.github.payhawk4j.error.ResponseTooLargeException;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Flow;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * The innermost layer: sends one attempt with the JDK's {@link HttpClient}, adding the base URL,
 * the API key header, {@code Accept} and {@code User-Agent}, and reads the body within the request timeout
 * and the size limit. It is the only class that sees the key.
 */
public final class JdkHttpExecutor implements HttpExecutor {

    /** Header Payhawk reads the API key from. */
    public static final String API_KEY_HEADER = "X-Payhawk-ApiKey";

    /** The largest body the synchronous path lets the JDK collect rather than reading it as it arrives. */
    static final long COLLECTED_AT_MOST = 64 * 1024;

    private final HttpClient httpClient;
    private final String baseUrl;
    private final String apiKey;
    private final String userAgent;
    private final Duration requestTimeout;
    private final long maxResponseBytes;
    /** Plain {@code http://}, which {@code SecureUrl} allows for loopback hosts only (a local sandbox, tests). */
    private final boolean cleartext;
    /** The executor of {@code httpClient} if the SDK made the client, else null (a caller's client, as it is). */
    private final InlineResponseExecutor ownExecutor;

    /**
     * @param httpClient     the JDK client to send with (shared, thread-safe)
     * @param ownExecutor    {@code httpClient}'s executor if the SDK made the client, through which asynchronous
     *                       sends then start (see {@link InlineResponseExecutor}); null for a caller's client
     * @param baseUrl        scheme, host and port, without trailing slash
     * @param apiKey         the key sent in {@value #API_KEY_HEADER}
     * @param userAgent      the {@code User-Agent} value
     * @param requestTimeout   how long one attempt may take, until the whole response body has arrived
     * @param maxResponseBytes the largest response body accepted
     */
    public JdkHttpExecutor(HttpClient httpClient, InlineResponseExecutor ownExecutor, String baseUrl, String apiKey,
                           String userAgent, Duration requestTimeout, long maxResponseBytes) {
        this.httpClient = httpClient;
        this.ownExecutor = ownExecutor;
        this.baseUrl = baseUrl;
        this.apiKey = apiKey;
        this.userAgent = userAgent;
        this.requestTimeout = requestTimeout;
        this.maxResponseBytes = maxResponseBytes;
        this.cleartext = baseUrl.regionMatches(true, 0, "http:", 0, 5);
    }

    /**
     * Sends one attempt and waits for it in the calling thread, body included, at most the request timeout.
     * It blocks in {@link HttpClient#send} rather than waiting on {@code sendAsync}: the JDK completes every
     * {@code sendAsync} future on the common pool, which on machines with fewer than three cores has no
     * threads and starts a new one per response, and that doubled the time of a call on two cores.
     */
    @Override
    public ApiResponse execute(ApiRequest request) {
        return execute(request, (StreamingResponseReader<?>) null);
    }

    /**
     * Sends one attempt and waits for it in the calling thread, body included, at most the request timeout. A
     * successful body is parsed by {@code successReader}: a large one (or one of unknown length) as it arrives, read
     * from a {@link DeadlineStreamSubscriber} behind the size limit, so a page is never held as bytes; a small one
     * (see {@link #collects}) is collected by the JDK, which wakes the calling thread once instead of twice, and
     * returned as bytes for the caller's reader.
     * Other bodies are read whole. What the reader leaves unread is read and dropped, so the connection goes back
     * to the pool. It blocks in {@link HttpClient#send} rather than waiting on {@code sendAsync}: the JDK completes
     * every {@code sendAsync} future on the common pool, which on machines with fewer than three cores has no
     * threads and starts a new one per response, and that doubled the time of a call on two cores.
     */
    @Override
    public ApiResponse execute(ApiRequest request, StreamingResponseReader<?> successReader) {
        Duration timeout = timeoutOf(request);
        long deadline = System.nanoTime() + timeout.toNanos();
        CollectedBodyDeadline collectedDeadline = new CollectedBodyDeadline(Thread.currentThread());
        BoundedBody<Object> body = new BoundedBody<>((bounded, info) -> {
            if (!readAsItArrives(info)) {
                return anyBody(bounded.limited(new DeadlineBodySubscriber<>(
                        HttpResponse.BodySubscribers.ofByteArray(), deadline, timeout), info));
            }
            if (collects(info)) {
                collectedDeadline.start(deadline);
                return anyBody(HttpResponse.BodySubscribers.ofByteArray());
            }
            return anyBody(HttpResponse.BodySubscribers.ofPublisher());
        });
        HttpResponse<Object> response;
        try {
            response = httpClient.send(toHttpRequest(request, timeout), body);
        } catch (IOException e) {
            collectedDeadline.end();
            throw body.failure(request, () -> connectionFailure(request, e));
        } catch (InterruptedException e) {
            if (collectedDeadline.end()) {
                throw connectionFailure(request, new HttpTimeoutException(
                        "the response did not complete within the request timeout of " + timeout.toMillis() + " ms"));
            }
            Thread.currentThread().interrupt();
            throw interrupted(request, e);
        }
        collectedDeadline.end();
        if (response.body() instanceof byte[] collected) {
            // Whole already: the caller's reader parses the bytes, as on the asynchronous path.
            return new ApiResponse(response.statusCode(), response.headers().map(), collected);
        }
        @SuppressWarnings("unchecked")
        Flow.Publisher<List<ByteBuffer>> publisher = (Flow.Publisher<List<ByteBuffer>>) response.body();
        InputStream arriving = body.subscribe(request, publisher, response, new DeadlineStreamSubscriber(deadline,
                timeout, response.headers().firstValueAsLong("Content-Length")));
        int status = response.statusCode();
        Map<String, List<String>> headers = response.headers().map();
        TransportFailures stream = new TransportFailures(arriving);
        try {
            if (successReader == null || !isSuccessful(status)) {
                return new ApiResponse(status, headers, stream.readAllBytes());
            }
            Object value = successReader.read(stream);
            stream.skipRest();
            return new ApiResponse(status, headers, new byte[0], new ApiResponse.StreamedRead(value, null));
        } catch (InterruptedIOException e) {
            throw interrupted(request, e);
        } catch (IOException e) {
            if (stream.failure == null) {
                // The reader refused the body: it is reported as such only if the body then arrives whole, within
                // the size limit and the deadline, as a collected body would have been judged.
                try {
                    stream.skipRest();
                    return new ApiResponse(status, headers, new byte[0], new ApiResponse.StreamedRead(null, e));
                } catch (IOException transportFailure) {
                    // reported below
                }
            }
            IOException transport = stream.failure;
            throw body.failure(request, () -> connectionFailure(request, transport));
        } finally {
            // Not try-with-resources: the body must stay open for the catch clauses, which may read the rest. A body
            // read to its end closes quietly; one given up on makes the JDK drop the connection.
            stream.close();
        }
    }

    /**
     * Sends one attempt without blocking; the body is collected (the reader runs in the thread that completes the
     * future, which must not block on a body still arriving).
     */
    @Override
    public CompletableFuture<ApiResponse> executeAsync(ApiRequest request) {
        Duration timeout = timeoutOf(request);
        long deadline = System.nanoTime() + timeout.toNanos();
        BoundedBody<byte[]> body = new BoundedBody<>((bounded, info) -> bounded.limited(new DeadlineBodySubscriber<>(
                HttpResponse.BodySubscribers.ofByteArray(), deadline, timeout), info));
        HttpRequest httpRequest = toHttpRequest(request, timeout);
        CompletableFuture<HttpResponse<byte[]>> sent = ownExecutor == null ? httpClient.sendAsync(httpRequest, body)
                : ownExecutor.startAsync(() -> httpClient.sendAsync(httpRequest, body));
        return sent
                .handle((response, failure) -> {
                    if (failure == null) {
                        return toApiResponse(response);
                    }
                    Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                            ? failure.getCause() : failure;
                    throw body.failure(request, () -> attemptFailure(request, cause));
                });
    }

    /**
     * Whether a body is read as it arrives: always, except HTTP/2 over plain HTTP ({@code h2c}, which the JDK offers
     * on a new plain-HTTP connection and which only loopback hosts can answer here). There JDK 17 at times misreads
     * the frames of the upgraded connection's first response while its body is taken a part at a time (protocol
     * error "Frame type(34) length(7958629) exceeds MAX_FRAME_SIZE": JSON read as a frame header), failing an
     * attempt the server answered; collected in one go, as before streaming, it did not.
     */
    private boolean readAsItArrives(HttpResponse.ResponseInfo info) {
        return !(cleartext && info.version() == HttpClient.Version.HTTP_2);
    }

    /**
     * Whether a body is left to the JDK to collect before the calling thread wakes: an HTTP/1.1 body whose
     * {@code Content-Length} is at most {@value #COLLECTED_AT_MOST} bytes and within the size limit (over HTTP/1.1
     * the JDK reads exactly the declared length, so the limit holds without counting). Its deadline is kept by a
     * {@link CollectedBodyDeadline}.
     */
    private boolean collects(HttpResponse.ResponseInfo info) {
        if (info.version() != HttpClient.Version.HTTP_1_1) {
            return false;
        }
        OptionalLong declared = info.headers().firstValueAsLong("Content-Length");
        return declared.isPresent() && declared.getAsLong() <= Math.min(COLLECTED_AT_MOST, maxResponseBytes);
    }

    /**
     * {@code subscriber} as a subscriber of the synchronous path's body, which is either the collected bytes or the
     * JDK's publisher of the body; not wrapped (a subscriber the JDK does not know costs a thread hand-off).
     */
    @SuppressWarnings("unchecked")
    private static HttpResponse.BodySubscriber<Object> anyBody(HttpResponse.BodySubscriber<?> subscriber) {
        return (HttpResponse.BodySubscriber<Object>) subscriber;
    }

    private static boolean isSuccessful(int status) {
        return status >= 200 && status < 300;
    }

    private static ApiConnectionException interrupted(ApiRequest request, Exception e) {
        return new ApiConnectionException(ErrorDetails.noResponse(request.method(), request.path(),
                "interrupted while waiting for the response"), true, e);
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

    private HttpRequest toHttpRequest(ApiRequest request, Duration timeout) {
        HttpRequest.BodyPublisher body = request.body() == null
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(request.body());
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + request.pathAndQuery()))
                .timeout(timeout)
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
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof HttpTimeoutException) {
                return new ApiTimeoutException(details, true, e);
            }
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
     * The body of one attempt, within {@code maxResponseBytes} (see {@link SizeLimitedBodySubscriber}) and the
     * attempt's timeout, counted from when the attempt was sent. The JDK's own timeout
     * ({@link HttpRequest.Builder#timeout}) stops counting once the response headers are in, so a body that stops
     * arriving would otherwise hold the caller for as long as the server keeps the connection open.
     */
    private final class BoundedBody<T> implements HttpResponse.BodyHandler<T> {

        private final BiFunction<BoundedBody<T>, HttpResponse.ResponseInfo, HttpResponse.BodySubscriber<T>> subscriberFor;
        private volatile SizeLimitedBodySubscriber<?> sizeLimit;

        /** @param subscriberFor makes the subscriber the JDK hands the body to, limited with {@link #limited} where it collects */
        BoundedBody(BiFunction<BoundedBody<T>, HttpResponse.ResponseInfo, HttpResponse.BodySubscriber<T>> subscriberFor) {
            this.subscriberFor = subscriberFor;
        }

        @Override
        public HttpResponse.BodySubscriber<T> apply(HttpResponse.ResponseInfo responseInfo) {
            return subscriberFor.apply(this, responseInfo);
        }

        /** {@code subscriber} behind the size limit, which {@link #failure} then asks. */
        <U> HttpResponse.BodySubscriber<U> limited(HttpResponse.BodySubscriber<U> subscriber, HttpResponse.ResponseInfo info) {
            return limited(subscriber, info.statusCode(), info.headers());
        }

        private <U> HttpResponse.BodySubscriber<U> limited(HttpResponse.BodySubscriber<U> subscriber, int statusCode,
                                                           HttpHeaders headers) {
            SizeLimitedBodySubscriber<U> limit = new SizeLimitedBodySubscriber<>(subscriber, maxResponseBytes,
                    statusCode, headers.firstValueAsLong("Content-Length"));
            sizeLimit = limit;
            return limit;
        }

        /**
         * Subscribes {@code reader} behind the size limit to the body the JDK publishes and returns the body as it
         * reads it; throws {@link ResponseTooLargeException} if the body was refused for its declared size. The JDK
         * completes a published body only once its subscription exists, so the refusal, made in {@code onSubscribe},
         * is known when {@code subscribe} returns.
         */
        InputStream subscribe(ApiRequest request, Flow.Publisher<List<ByteBuffer>> publisher, HttpResponse<?> response,
                              DeadlineStreamSubscriber reader) {
            publisher.subscribe(limited(reader, response.statusCode(), response.headers()));
            Optional<SizeLimitedBodySubscriber.TooLarge> refusal = sizeLimit.refusal();
            if (refusal.isPresent()) {
                throw tooLarge(request, refusal.get());
            }
            return reader.getBody().toCompletableFuture().join();
        }

        /**
         * What this attempt failed with: a {@link ResponseTooLargeException} if its body was refused for its size,
         * whatever exception the JDK reported, otherwise {@code otherwise}.
         */
        RuntimeException failure(ApiRequest request, Supplier<RuntimeException> otherwise) {
            SizeLimitedBodySubscriber<?> subscriber = sizeLimit;
            Optional<SizeLimitedBodySubscriber.TooLarge> refusal = subscriber == null ? Optional.empty() : subscriber.refusal();
            return refusal.isEmpty() ? otherwise.get() : tooLarge(request, refusal.get());
        }

        private ResponseTooLargeException tooLarge(ApiRequest request, SizeLimitedBodySubscriber.TooLarge refusal) {
            return new ResponseTooLargeException(new ErrorDetails(refusal.statusCode(), null, refusal.getMessage(),
                    request.method(), request.path(), null), refusal.maxBytes(), refusal);
        }
    }

    /**
     * The JDK's body stream, remembering a failure of the stream itself (the connection, the deadline, the size
     * limit), so that it is told apart from a reader refusing what it read.
     */
    private static final class TransportFailures extends FilterInputStream {

        private IOException failure;

        TransportFailures(InputStream body) {
            super(body);
        }

        @Override
        public int read() throws IOException {
            try {
                return super.read();
            } catch (IOException e) {
                throw remember(e);
            }
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            try {
                return super.read(buffer, offset, length);
            } catch (IOException e) {
                throw remember(e);
            }
        }

        /** Closes the body: read to its end, quietly; given up on, the JDK drops the connection. */
        @Override
        public void close() {
            try {
                super.close();
            } catch (IOException ignored) {
                // The attempt's outcome is decided; a failure to close changes nothing.
            }
        }

        /** Reads what the reader left (trailing white space, normally nothing) so the connection can be reused. */
        void skipRest() throws IOException {
            byte[] rest = new byte[512];
            while (read(rest, 0, rest.length) >= 0) {
                // dropped
            }
        }

        private IOException remember(IOException e) {
            failure = e;
            return e;
        }
    }
}
