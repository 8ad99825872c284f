package io.github.payhawk4j.webhooks.event;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.payhawk4j.model.webhook.EventType;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The status of a purchase order changed. Event type {@code purchase-order.status.changed}.
 *
 * @param deliveryId the delivery id ({@code id} of the envelope); the same on every retry of this delivery
 * @param accountId  the Payhawk account the event belongs to
 * @param timestamp  the signed {@code X-Payhawk-Timestamp}
 * @param purchaseOrderId the purchase order, or {@code null} if the payload has none
 * @param status     the new status, if the payload carries one
 * @param payload    the raw {@code payload} object, read-only by convention (see {@link WebhookEvent#payload()})
 */
public record PurchaseOrderStatusChanged(
        String deliveryId,
        String accountId,
        Instant timestamp,
        String purchaseOrderId,
        Optional<String> status,
        JsonNode payload)
        implements PurchaseOrderEvent {

    /** Checks the envelope fields are present; absent ids stay {@code null}. */
    public PurchaseOrderStatusChanged {
        Objects.requireNonNull(deliveryId, "deliveryId");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(payload, "payload");
        status = status == null ? Optional.empty() : status;
    }

    /** {@return {@link EventType#PURCHASE_ORDER_STATUS_CHANGED}} */
    @Override
    public EventType eventType() {
        return EventType.PURCHASE_ORDER_STATUS_CHANGED;
    }
}
