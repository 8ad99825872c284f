package io.github.payhawk4j.service;

import io.github.payhawk4j.error.NotFoundException;
import io.github.payhawk4j.http.ApiRequest;
import io.github.payhawk4j.http.ApiTransport;
import io.github.payhawk4j.http.ResponseReader;
import io.github.payhawk4j.http.SecureUrl;
import io.github.payhawk4j.model.webhook.EnsuredSubscription;
import io.github.payhawk4j.model.webhook.EventType;
import io.github.payhawk4j.model.webhook.NewWebhookSubscription;
import io.github.payhawk4j.model.webhook.WebhookSubscription;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Webhook subscriptions of one account: create, list, get, delete, and {@link #ensure} to subscribe
 * idempotently. Thread-safe; get it from {@code client.webhooks()}.
 */
public final class WebhookSubscriptionService {

    private final ApiTransport transport;
    private final String accountId;
    private final ResponseReader<WebhookSubscription> subscription;
    private final ResponseReader<List<WebhookSubscription>> subscriptionList;

    /** Creates the service for {@code accountId}; the client does this for you. */
    public WebhookSubscriptionService(ApiTransport transport, String accountId) {
        this.transport = transport;
        this.accountId = accountId;
        this.subscription = transport.json(WebhookSubscription.class);
        this.subscriptionList = transport.unpagedList(WebhookSubscription.class);
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
        return transport.call(listRequest(), subscriptionList);
    }

    /** Async twin of {@link #list}. */
    public CompletableFuture<List<WebhookSubscription>> listAsync() {
        return transport.callAsync(listRequest(), subscriptionList);
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
     * The one active subscription of {@code callbackUrl} to {@code eventType}, created only if there is none, so
     * start-up code can call this every time, on every node, without piling up duplicate subscriptions.
     *
     * <p>It converges when several nodes call it at once: after creating, it lists again and deletes every
     * active subscription for the pair but the oldest ({@code createdAt}, then the smallest id), which every
     * node keeps; an extra another node already deleted is no failure. A subscription Payhawk deactivated is
     * not reused: it is replaced and left as it is, and the result reports the replacement
     * ({@link EnsuredSubscription#deliveryGapSince()}: deliveries may be missing since then). The URL is checked
     * as in {@link #create} before anything is sent.
     *
     * @throws IllegalArgumentException if the callback URL is not an absolute HTTPS URL
     */
    public EnsuredSubscription ensure(EventType eventType, String callbackUrl) {
        Objects.requireNonNull(eventType, "eventType");
        requireHttps(callbackUrl);
        SubscriptionMatches found = SubscriptionMatches.of(list(), eventType, callbackUrl, null);
        if (found.anyActive()) {
            return converge(found, false, List.of());
        }
        WebhookSubscription created = create(eventType, callbackUrl);
        return converge(SubscriptionMatches.of(list(), eventType, callbackUrl, created), true, found.deactivatedByPayhawk());
    }

    /** Async twin of {@link #ensure}. */
    public CompletableFuture<EnsuredSubscription> ensureAsync(EventType eventType, String callbackUrl) {
        try {
            Objects.requireNonNull(eventType, "eventType");
            requireHttps(callbackUrl);
        } catch (IllegalArgumentException | NullPointerException invalid) {
            return CompletableFuture.failedFuture(invalid);
        }
        return listAsync().thenCompose(listed -> {
            SubscriptionMatches found = SubscriptionMatches.of(listed, eventType, callbackUrl, null);
            if (found.anyActive()) {
                return convergeAsync(found, false, List.of());
            }
            return createAsync(eventType, callbackUrl).thenCompose(created -> listAsync().thenCompose(after ->
                    convergeAsync(SubscriptionMatches.of(after, eventType, callbackUrl, created), true,
                            found.deactivatedByPayhawk())));
        });
    }

    private EnsuredSubscription converge(SubscriptionMatches matches, boolean created, List<WebhookSubscription> replaced) {
        for (WebhookSubscription duplicate : matches.duplicates()) {
            try {
                delete(duplicate.id());
            } catch (NotFoundException deletedByAnotherNode) {
                // Another node ensuring at the same time removed it first.
            }
        }
        return new EnsuredSubscription(matches.keeper(), created, replaced, matches.duplicates());
    }

    private CompletableFuture<EnsuredSubscription> convergeAsync(SubscriptionMatches matches, boolean created,
                                                                 List<WebhookSubscription> replaced) {
        CompletableFuture<?>[] deletions = matches.duplicates().stream()
                .map(duplicate -> deleteAsync(duplicate.id()).exceptionally(WebhookSubscriptionService::goneIsDone))
                .toArray(CompletableFuture[]::new);
        return CompletableFuture.allOf(deletions)
                .thenApply(done -> new EnsuredSubscription(matches.keeper(), created, replaced, matches.duplicates()));
    }

    /** A deletion that failed only because the subscription was already gone counts as done. */
    private static Void goneIsDone(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof NotFoundException) {
            return null;
        }
        throw failure instanceof CompletionException completion ? completion : new CompletionException(cause);
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

    /** Payhawk only delivers to HTTPS; loopback {@code http} is allowed for local sandboxes; no user info. */
    static void requireHttps(String callbackUrl) {
        Objects.requireNonNull(callbackUrl, "callbackUrl");
        SecureUrl.require("callbackUrl", callbackUrl, "Payhawk only delivers to HTTPS");
    }
}
