package io.github.payhawk4j.model.webhook;

import java.time.Instant;

/**
 * A webhook subscription: which event type is delivered to which callback URL ({@code IWebhookSubscription}).
 *
 * @param eventType type of the events delivered
 * @param callbackUrl where Payhawk delivers the events (an HTTPS URL)
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
