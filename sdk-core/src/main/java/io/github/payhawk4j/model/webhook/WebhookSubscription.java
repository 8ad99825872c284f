package io.github.payhawk4j.model.webhook;

import java.time.Instant;

/**
 * A webhook subscription: which event type is delivered to which callback URL ({@code IWebhookSubscription}).
 *
 * @param eventType type of event to subscribe to
 * @param callbackUrl callback URL - valid HTTPS uri
 * @param id unique identifier of the webhook subscription
 * @param createdAt creation date of the webhook subscription
 * @param status status of the webhook subscription
 */
public record WebhookSubscription(
        EventType eventType,
        String callbackUrl,
        String id,
        Instant createdAt,
        WebhookSubscriptionStatus status) {
}
