package io.github.payhawk4j.service;

import io.github.payhawk4j.model.webhook.EnsuredSubscription;
import io.github.payhawk4j.model.webhook.EventType;
import io.github.payhawk4j.model.webhook.WebhookSubscription;

import java.util.List;
import java.util.function.Consumer;

/**
 * Webhook subscriptions of one account: create, list, get, delete, and {@link #ensure} to subscribe
 * idempotently. Get it from {@code client.webhooks()}; {@code client.async().webhooks()} makes the same calls
 * without blocking. Thread-safe.
 *
 * <p>An interface to call, not to implement: later versions add methods to it.
 */
public interface WebhookSubscriptionService {

    /** This service with other settings for its calls (timeout, retries), layered over this view's. */
    WebhookSubscriptionService withOptions(Consumer<RequestOptions.Builder> options);

    /** The single calls, each returning the {@link RawResponse}: status, headers and request id with the value. */
    WithRawResponse withRawResponse();

    /**
     * Subscribes {@code callbackUrl} to {@code eventType} events. The URL must be HTTPS (plain
     * {@code http} is accepted only for loopback hosts, for local sandboxes); it is checked before
     * anything is sent.
     *
     * @throws IllegalArgumentException if the callback URL is not an absolute HTTPS URL
     */
    WebhookSubscription create(EventType eventType, String callbackUrl);

    /** All subscriptions of the account, whatever their status. */
    List<WebhookSubscription> list();

    /** The subscription with {@code subscriptionId}. */
    WebhookSubscription get(String subscriptionId);

    /** Removes the subscription; no more deliveries are made for it. */
    void delete(String subscriptionId);

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
    EnsuredSubscription ensure(EventType eventType, String callbackUrl);

    /**
     * The single calls of {@link WebhookSubscriptionService}, each returning the response with its value.
     * {@code ensure} is not here: it makes one or two calls.
     */
    interface WithRawResponse {

        /** {@link WebhookSubscriptionService#create}, with the response. */
        RawResponse<WebhookSubscription> create(EventType eventType, String callbackUrl);

        /** {@link WebhookSubscriptionService#list}, with the response. */
        RawResponse<List<WebhookSubscription>> list();

        /** {@link WebhookSubscriptionService#get}, with the response. */
        RawResponse<WebhookSubscription> get(String subscriptionId);

        /** {@link WebhookSubscriptionService#delete}, with the response. */
        RawResponse<Void> delete(String subscriptionId);
    }
}
