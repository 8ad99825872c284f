package io.github.payhawk4j.webhooks.event;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.payhawk4j.model.webhook.EventType;

import java.time.Instant;
import java.util.Objects;

/**
 * A supplier was created. Event type {@code supplier.created}.
 *
 * @param deliveryId the delivery id ({@code id} of the envelope); the same on every retry of this delivery
 * @param accountId  the Payhawk account the event belongs to
 * @param timestamp  the signed {@code X-Payhawk-Timestamp}
 * @param supplierId the supplier, or {@code null} if the payload has none
 * @param payload    the raw {@code payload} object, read-only by convention (see {@link WebhookEvent#payload()})
 */
public record SupplierCreated(
        String deliveryId,
        String accountId,
        Instant timestamp,
        String supplierId,
        JsonNode payload)
        implements SupplierEvent {

    /** Checks the envelope fields are present; absent ids stay {@code null}. */
    public SupplierCreated {
        Objects.requireNonNull(deliveryId, "deliveryId");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(payload, "payload");
    }

    /** {@return {@link EventType#SUPPLIER_CREATED}} */
    @Override
    public EventType eventType() {
        return EventType.SUPPLIER_CREATED;
    }
}
