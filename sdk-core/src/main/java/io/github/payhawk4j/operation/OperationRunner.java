package io.github.payhawk4j.operation;

import io.github.payhawk4j.http.ApiRequest;
import io.github.payhawk4j.http.ApiTransport;
import io.github.payhawk4j.http.DecodedResponse;
import io.github.payhawk4j.service.RawResponse;
import io.github.payhawk4j.service.RequestOptions;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Sends {@link Operation}s through the transport under one set of {@link RequestOptions}: blocking or
 * asynchronously, returning the value or the {@link RawResponse}. Every service view holds one; the options
 * of a {@code withOptions} view are a new runner over the same transport. Immutable and thread-safe.
 */
public final class OperationRunner {

    private final ApiTransport transport;
    private final RequestOptions options;

    /** A runner with the client's settings. */
    public OperationRunner(ApiTransport transport) {
        this(transport, RequestOptions.none());
    }

    private OperationRunner(ApiTransport transport, RequestOptions options) {
        this.transport = Objects.requireNonNull(transport, "transport");
        this.options = options;
    }

    /** {@return the transport operations are sent through, also used to write request bodies} */
    ApiTransport transport() {
        return transport;
    }

    /** A runner whose options are these with {@code change} applied. */
    OperationRunner withOptions(Consumer<RequestOptions.Builder> change) {
        RequestOptions.Builder builder = options.toBuilder();
        change.accept(builder);
        return new OperationRunner(transport, builder.build());
    }

    /** Sends {@code operation}, blocking, and returns its value. */
    <T> T value(Operation<T> operation) {
        return transport.call(applyOptions(operation.request()), operation.reader());
    }

    /** Sends {@code operation}, blocking, and returns its value with the response. */
    <T> RawResponse<T> raw(Operation<T> operation) {
        return toRaw(transport.exchange(applyOptions(operation.request()), operation.reader()));
    }

    /**
     * Builds the operation and sends it without blocking. A failure to build it, such as an invalid argument,
     * fails the future instead of being thrown.
     */
    <T> CompletableFuture<T> valueAsync(Supplier<Operation<T>> operation) {
        return exchangeAsync(operation).thenApply(DecodedResponse::value);
    }

    /** Like {@link #valueAsync}, completing with the value and its response. */
    <T> CompletableFuture<RawResponse<T>> rawAsync(Supplier<Operation<T>> operation) {
        return exchangeAsync(operation).thenApply(OperationRunner::toRaw);
    }

    /** A {@link Sender} step of the blocking view: sends now, hands back the outcome as a completed future. */
    <T> CompletableFuture<T> sendNow(Operation<T> operation) {
        try {
            return CompletableFuture.completedFuture(value(operation));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** A {@link Sender} step of the async view. */
    <T> CompletableFuture<T> sendAsync(Operation<T> operation) {
        return valueAsync(() -> operation);
    }

    /** The outcome of a call the blocking view made with {@link #sendNow}: its value, or its exception, unwrapped. */
    static <T> T outcome(CompletableFuture<T> completed) {
        try {
            return completed.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    private <T> CompletableFuture<DecodedResponse<T>> exchangeAsync(Supplier<Operation<T>> build) {
        Operation<T> operation;
        try {
            operation = build.get();
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        return transport.exchangeAsync(applyOptions(operation.request()), operation.reader());
    }

    private ApiRequest applyOptions(ApiRequest request) {
        if (options.equals(RequestOptions.none())) {
            return request;
        }
        return request.withTimeout(options.timeout().orElse(null)).withMaxRetries(options.maxRetries().orElse(null));
    }

    private static <T> RawResponse<T> toRaw(DecodedResponse<T> decoded) {
        return RawResponse.of(decoded.response().statusCode(), decoded.response().headers(),
                decoded.response().requestId().orElse(null), decoded.value());
    }
}
