package io.github.payhawk4j.webhooks.event;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.payhawk4j.model.webhook.EventType;

import java.time.Instant;
import java.util.Objects;

/**
 * A verified delivery of an event type this SDK version does not know (Payhawk added it later).
 * Read {@link #eventType()} and {@link #payload()} to handle it anyway, or acknowledge and ignore it.
 *
 * @param deliveryId the delivery id ({@code id} of the envelope); the same on every retry of this delivery
 * @param accountId  the Payhawk account the event belongs to
 * @param eventType  the event type exactly as sent
 * @param timestamp  the signed {@code X-Payhawk-Timestamp}
 * @param payload    the raw {@code payload}, read-only by convention (see {@link WebhookEvent#payload()})
 */
public record UnknownEvent(
        String deliveryId,
        String accountId,
        EventType eventType,
        Instant timestamp,
        JsonNode payload)
        implements WebhookEvent {

    /** Checks the envelope fields are present. */
    public UnknownEvent {
        Objects.requireNonNull(deliveryId, "deliveryId");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(eventType, "eventType");
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(payload, "payload");
    }
}
