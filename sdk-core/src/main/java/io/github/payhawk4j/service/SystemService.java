package io.github.payhawk4j.service;

import io.github.payhawk4j.http.ApiRequest;
import io.github.payhawk4j.http.ApiTransport;

import java.util.concurrent.CompletableFuture;

/** Account-independent calls. Thread-safe; get it from {@code client.system()}. */
public final class SystemService {

    private final ApiTransport transport;

    /** Creates the service; the client does this for you. */
    public SystemService(ApiTransport transport) {
        this.transport = transport;
    }

    /**
     * The public key Payhawk signs webhook deliveries with, as served: an OpenSSH line
     * ({@code ssh-rsa AAAA... payhawk}). sdk-webhooks parses and caches it for you.
     */
    public String rsaPublicKey() {
        return transport.call(keyRequest(), ApiTransport.text()).trim();
    }

    /** Async twin of {@link #rsaPublicKey}. */
    public CompletableFuture<String> rsaPublicKeyAsync() {
        return transport.callAsync(keyRequest(), ApiTransport.text()).thenApply(String::trim);
    }

    /** The key is served as {@code text/plain}, its only documented response type. */
    private static ApiRequest keyRequest() {
        return ApiRequest.of("GET", "rsa-public-key").withAccept("text/plain");
    }
}
