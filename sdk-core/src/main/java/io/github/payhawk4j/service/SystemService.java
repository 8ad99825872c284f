package io.github.payhawk4j.service;

import java.util.function.Consumer;

/**
 * Account-independent calls. Get it from {@code client.system()}; {@code client.async().system()} makes the same
 * calls without blocking. Thread-safe.
 *
 * <p>An interface to call, not to implement: later versions add methods to it.
 */
public interface SystemService {

    /** This service with other settings for its calls (timeout, retries), layered over this view's. */
    SystemService withOptions(Consumer<RequestOptions.Builder> options);

    /** The same calls, each returning the {@link RawResponse}: status, headers and request id with the value. */
    WithRawResponse withRawResponse();

    /**
     * The public key Payhawk signs webhook deliveries with, as served: an OpenSSH line
     * ({@code ssh-rsa AAAA... payhawk}). sdk-webhooks parses and caches it for you.
     */
    String rsaPublicKey();

    /** The calls of {@link SystemService}, each returning the response with its value. */
    interface WithRawResponse {

        /** {@link SystemService#rsaPublicKey}, with the response. */
        RawResponse<String> rsaPublicKey();
    }
}
