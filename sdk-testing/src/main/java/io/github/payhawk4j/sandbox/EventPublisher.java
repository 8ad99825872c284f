package io.github.payhawk4j.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.payhawk4j.model.webhook.EventType;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/**
 * Turns something that happened in an account into deliveries: one envelope
 * {@code {"id","accountId","eventType","payload"}} with its own delivery id for every active
 * subscription of that account to that event type.
 */
final class EventPublisher {

    private final SubscriptionRegistry subscriptions;
    private final DeliveryQueue queue;
    private final JsonCodec json;

    EventPublisher(SubscriptionRegistry subscriptions, DeliveryQueue queue, JsonCodec json) {
        this.subscriptions = subscriptions;
        this.queue = queue;
        this.json = json;
    }

    /** Queues the event for every subscriber; returns the ids of the deliveries created. */
    List<String> publish(String accountId, EventType eventType, ObjectNode payload) {
        return subscriptions.activeFor(accountId, eventType.value()).stream()
                .map(target -> {
                    String deliveryId = UUID.randomUUID().toString();
                    ObjectNode envelope = json.object()
                            .put("id", deliveryId)
                            .put("accountId", accountId)
                            .put("eventType", eventType.value());
                    envelope.set("payload", payload.deepCopy());
                    Delivery delivery = new Delivery(deliveryId, accountId, target.subscriptionId(),
                            eventType.value(), URI.create(target.callbackUrl()), json.write(envelope));
                    queue.submit(delivery);
                    return deliveryId;
                })
                .toList();
    }
}
