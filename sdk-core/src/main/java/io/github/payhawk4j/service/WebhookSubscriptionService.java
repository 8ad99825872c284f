package io.github.payhawk4j.service;

import io.github.payhawk4j.http.ApiRequest;
import io.github.payhawk4j.http.ApiTransport;
import io.github.payhawk4j.http.LoopbackHosts;
import io.github.payhawk4j.http.ResponseReader;
import io.github.payhawk4j.model.Page;
import io.github.payhawk4j.model.webhook.EventType;
import io.github.payhawk4j.model.webhook.NewWebhookSubscription;
import io.github.payhawk4j.model.webhook.WebhookSubscription;
import io.github.payhawk4j.model.webhook.WebhookSubscriptionStatus;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Webhook subscriptions of one account: create, list, get, delete, and {@link #ensure} to subscribe
 * idempotently. Thread-safe; get it from {@code client.webhooks()}.
 */
public final class WebhookSubscriptionService {

    private final ApiTransport transport;
    private final String accountId;
    private final ResponseReader<WebhookSubscription> subscription;
    private final ResponseReader<Page<WebhookSubscription>> subscriptionPage;

    /** Creates the service for {@code accountId}; the client does this for you. */
    public WebhookSubscriptionService(ApiTransport transport, String accountId) {
        this.transport = transport;
        this.accountId = accountId;
        this.subscription = transport.json(WebhookSubscription.class);
        this.subscriptionPage = transport.json(transport.type(Page.class, WebhookSubscription.class));
    }

    /**
     * Subscribes {@code callbackUrl} to {@code eventType} events. The URL must be HTTPS (plain
     * {@code http} is accepted only for loopback hosts, for local sandboxes); it is checked before
     * anything is sent.
     *
     * @throws IllegalArgumentException if the callback URL is not an absolute HTTPS URL
     */
    public WebhookSubscription create(EventType eventType, String callbackUrl) {
        return transport.call(createRequest(eventType, callbackUrl), subscription);
    }

    /** Async twin of {@link #create}; an invalid URL fails the future. */
    public CompletableFuture<WebhookSubscription> createAsync(EventType eventType, String callbackUrl) {
        try {
            return transport.callAsync(createRequest(eventType, callbackUrl), subscription);
        } catch (IllegalArgumentException invalid) {
            return CompletableFuture.failedFuture(invalid);
        }
    }

    /** All subscriptions of the account, whatever their status. */
    public List<WebhookSubscription> list() {
        return transport.call(listRequest(), subscriptionPage).items();
    }

    /** Async twin of {@link #list}. */
    public CompletableFuture<List<WebhookSubscription>> listAsync() {
        return transport.callAsync(listRequest(), subscriptionPage).thenApply(Page::items);
    }

    /** The subscription with {@code subscriptionId}. */
    public WebhookSubscription get(String subscriptionId) {
        return transport.call(ApiRequest.of("GET", "accounts", accountId, "webhooks", subscriptionId), subscription);
    }

    /** Async twin of {@link #get}. */
    public CompletableFuture<WebhookSubscription> getAsync(String subscriptionId) {
        return transport.callAsync(ApiRequest.of("GET", "accounts", accountId, "webhooks", subscriptionId), subscription);
    }

    /** Removes the subscription; no more deliveries are made for it. */
    public void delete(String subscriptionId) {
        transport.call(ApiRequest.of("DELETE", "accounts", accountId, "webhooks", subscriptionId), ApiTransport.noContent());
    }

    /** Async twin of {@link #delete}. */
    public CompletableFuture<Void> deleteAsync(String subscriptionId) {
        return transport.callAsync(ApiRequest.of("DELETE", "accounts", accountId, "webhooks", subscriptionId), ApiTransport.noContent());
    }

    /**
     * The active subscription of {@code callbackUrl} to {@code eventType}, created only if there is
     * none, so start-up code can call this every time without piling up duplicate subscriptions.
     * A subscription Payhawk deactivated is not reused: a new one is created. The URL is checked
     * as in {@link #create} before anything is sent.
     *
     * @throws IllegalArgumentException if the callback URL is not an absolute HTTPS URL
     */
    public WebhookSubscription ensure(EventType eventType, String callbackUrl) {
        requireHttps(callbackUrl);
        return findActive(list(), eventType, callbackUrl).orElseGet(() -> create(eventType, callbackUrl));
    }

    /** Async twin of {@link #ensure}. */
    public CompletableFuture<WebhookSubscription> ensureAsync(EventType eventType, String callbackUrl) {
        try {
            requireHttps(callbackUrl);
        } catch (IllegalArgumentException invalid) {
            return CompletableFuture.failedFuture(invalid);
        }
        return listAsync().thenCompose(existing -> findActive(existing, eventType, callbackUrl)
                .map(CompletableFuture::completedFuture)
                .orElseGet(() -> createAsync(eventType, callbackUrl)));
    }

    private static Optional<WebhookSubscription> findActive(List<WebhookSubscription> subscriptions, EventType eventType,
                                                            String callbackUrl) {
        return subscriptions.stream()
                .filter(s -> eventType.equals(s.eventType()) && callbackUrl.equals(s.callbackUrl())
                        && WebhookSubscriptionStatus.ACTIVE.equals(s.status()))
                .findFirst();
    }

    private ApiRequest createRequest(EventType eventType, String callbackUrl) {
        Objects.requireNonNull(eventType, "eventType");
        requireHttps(callbackUrl);
        return transport.withJsonBody(ApiRequest.of("POST", "accounts", accountId, "webhooks"),
                NewWebhookSubscription.of(eventType, callbackUrl));
    }

    private ApiRequest listRequest() {
        return ApiRequest.of("GET", "accounts", accountId, "webhooks");
    }

    /** Payhawk only delivers to HTTPS; loopback {@code http} is allowed for local sandboxes. */
    static void requireHttps(String callbackUrl) {
        Objects.requireNonNull(callbackUrl, "callbackUrl");
        URI uri;
        try {
            uri = new URI(callbackUrl);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("callbackUrl is not a valid URL: " + e.getMessage(), e);
        }
        if (uri.getHost() == null || !uri.isAbsolute()) {
            throw new IllegalArgumentException("callbackUrl must be an absolute https:// URL with a host, was " + callbackUrl);
        }
        boolean https = "https".equalsIgnoreCase(uri.getScheme());
        boolean loopbackHttp = "http".equalsIgnoreCase(uri.getScheme()) && LoopbackHosts.isLoopback(uri.getHost());
        if (!https && !loopbackHttp) {
            throw new IllegalArgumentException("callbackUrl must use https:// (Payhawk only delivers to HTTPS), was " + callbackUrl);
        }
    }
}
