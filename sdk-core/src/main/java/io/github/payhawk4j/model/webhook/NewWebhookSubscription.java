package io.github.payhawk4j.model.webhook;

import java.util.Objects;

/**
 * A webhook subscription to create, the body of {@code POST /webhooks} ({@code INewWebhookSubscription}).
 *
 * @param eventType type of event to subscribe to
 * @param callbackUrl where Payhawk delivers the events; Payhawk requires an HTTPS URL
 */
public record NewWebhookSubscription(EventType eventType, String callbackUrl) {

    /** Requires both fields, as the API does. */
    public NewWebhookSubscription {
        Objects.requireNonNull(eventType, "eventType");
        Objects.requireNonNull(callbackUrl, "callbackUrl");
    }

    /** A subscription delivering {@code eventType} events to {@code callbackUrl}. */
    public static NewWebhookSubscription of(EventType eventType, String callbackUrl) {
        return new NewWebhookSubscription(eventType, callbackUrl);
    }
}
