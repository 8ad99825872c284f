package io.github.payhawk4j.service.async;

import io.github.payhawk4j.service.RawResponse;
import io.github.payhawk4j.service.RequestOptions;

import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The calls of {@link io.github.payhawk4j.service.SystemService}, without blocking: each future completes
 * with the same value or fails with the same {@code PayhawkException}. Get it from
 * {@code client.async().system()}. Thread-safe.
 *
 * <p>An interface to call, not to implement: later versions add methods to it.
 */
public interface SystemServiceAsync {

    /** This service with other settings for its calls (timeout, retries), layered over this view's. */
    SystemServiceAsync withOptions(Consumer<RequestOptions.Builder> options);

    /** The same calls, each returning the {@link RawResponse}: status, headers and request id with the value. */
    WithRawResponse withRawResponse();

    /**
     * The public key Payhawk signs webhook deliveries with, as served: an OpenSSH line
     * ({@code ssh-rsa AAAA... payhawk}). sdk-webhooks parses and caches it for you.
     */
    CompletableFuture<String> rsaPublicKey();

    /** The calls of {@link SystemServiceAsync}, each returning the response with its value. */
    interface WithRawResponse {

        /** {@link SystemServiceAsync#rsaPublicKey}, with the response. */
        CompletableFuture<RawResponse<String>> rsaPublicKey();
    }
}
