package io.github.payhawk4j.webhooks.observation;

import io.github.payhawk4j.webhooks.event.WebhookEvent;

/**
 * Which verified delivery an event is about. Immutable. Event type and account are null only for an inbox delivery
 * whose stored body no longer parses.
 *
 * @param deliveryId Payhawk's delivery id, or null if the delivery had none
 * @param eventType  the event type as sent, e.g. {@code expense.approved} (a small fixed set: fit for a metric tag)
 * @param accountId  the Payhawk account the delivery is for
 */
public record DeliveryInfo(String deliveryId, String eventType, String accountId) {

    /** {@return the delivery of {@code event}} */
    public static DeliveryInfo of(WebhookEvent event) {
        return new DeliveryInfo(event.deliveryId(), event.eventType().value(), event.accountId());
    }
}
