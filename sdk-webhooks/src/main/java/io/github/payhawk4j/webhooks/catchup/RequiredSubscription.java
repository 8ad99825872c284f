package io.github.payhawk4j.webhooks.catchup;

import io.github.payhawk4j.model.webhook.EventType;

import java.util.Objects;

/**
 * A subscription the application needs: deliveries of {@code eventType} to {@code callbackUrl}.
 *
 * @param eventType   the event type
 * @param callbackUrl the HTTPS URL deliveries go to, exactly as registered
 */
public record RequiredSubscription(EventType eventType, String callbackUrl) {

    /** Checks both are present. */
    public RequiredSubscription {
        Objects.requireNonNull(eventType, "eventType");
        Objects.requireNonNull(callbackUrl, "callbackUrl");
    }
}
