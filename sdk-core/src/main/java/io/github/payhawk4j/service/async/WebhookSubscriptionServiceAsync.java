package io.github.payhawk4j.service.async;

import io.github.payhawk4j.model.webhook.EnsuredSubscription;
import io.github.payhawk4j.model.webhook.EventType;
import io.github.payhawk4j.model.webhook.WebhookSubscription;
import io.github.payhawk4j.service.RawResponse;
import io.github.payhawk4j.service.RequestOptions;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The calls of {@link io.github.payhawk4j.service.WebhookSubscriptionService}, without blocking: each future
 * completes with the same value or fails with the same {@code PayhawkException}; an invalid argument, such as
 * a plain-http callback URL, fails the future before anything is sent. Get it from
 * {@code client.async().webhooks()}. Thread-safe.
 *
 * <p>An interface to call, not to implement: later versions add methods to it.
 */
public interface WebhookSubscriptionServiceAsync {

    /** This service with other settings for its calls (timeout, retries), layered over this view's. */
    WebhookSubscriptionServiceAsync withOptions(Consumer<RequestOptions.Builder> options);

    /** The single calls, each returning the {@link RawResponse}: status, headers and request id with the value. */
    WithRawResponse withRawResponse();

    /**
     * Subscribes {@code callbackUrl} to {@code eventType} events. The URL must be HTTPS (plain
     * {@code http} is accepted only for loopback hosts, for local sandboxes); it is checked before
     * anything is sent: the future fails with {@link IllegalArgumentException} if it is not an absolute HTTPS URL.
     */
    CompletableFuture<WebhookSubscription> create(EventType eventType, String callbackUrl);

    /** All subscriptions of the account, whatever their status. */
    CompletableFuture<List<WebhookSubscription>> list();

    /** The subscription with {@code subscriptionId}. */
    CompletableFuture<WebhookSubscription> get(String subscriptionId);

    /** Removes the subscription; no more deliveries are made for it. */
    CompletableFuture<Void> delete(String subscriptionId);

    /**
     * The one active subscription of {@code callbackUrl} to {@code eventType}, created only if there is none, so
     * start-up code can call this every time, on every node, without piling up duplicate subscriptions.
     *
     * <p>It converges when several nodes call it at once: after creating, it lists again and deletes every
     * active subscription for the pair but the oldest ({@code createdAt}, then the smallest id), which every
     * node keeps; an extra another node already deleted is no failure. A subscription Payhawk deactivated is
     * not reused: it is replaced and left as it is, and the result reports the replacement
     * ({@link EnsuredSubscription#deliveryGapSince()}: deliveries may be missing since then). The URL is checked
     * as in {@link #create}; an invalid URL fails the future before anything is sent.
     */
    CompletableFuture<EnsuredSubscription> ensure(EventType eventType, String callbackUrl);

    /**
     * The single calls of {@link WebhookSubscriptionServiceAsync}, each returning the response with its value.
     * {@code ensure} is not here: it makes one or two calls.
     */
    interface WithRawResponse {

        /** {@link WebhookSubscriptionServiceAsync#create}, with the response. */
        CompletableFuture<RawResponse<WebhookSubscription>> create(EventType eventType, String callbackUrl);

        /** {@link WebhookSubscriptionServiceAsync#list}, with the response. */
        CompletableFuture<RawResponse<List<WebhookSubscription>>> list();

        /** {@link WebhookSubscriptionServiceAsync#get}, with the response. */
        CompletableFuture<RawResponse<WebhookSubscription>> get(String subscriptionId);

        /** {@link WebhookSubscriptionServiceAsync#delete}, with the response. */
        CompletableFuture<RawResponse<Void>> delete(String subscriptionId);
    }
}
