package io.github.payhawk4j.examples.partnerapp;

import io.github.payhawk4j.webhooks.HandlerContext;
import io.github.payhawk4j.webhooks.WebhookHandler;
import io.github.payhawk4j.webhooks.event.WebhookEvent;

import java.util.Objects;

/**
 * Counts each run of a handler for a delivery as processed or failed; events a catch-up synthesized did not reach the
 * endpoint and are not counted.
 */
final class CountingHandler<E extends WebhookEvent> implements WebhookHandler<E> {

    private final WebhookHandler<E> handler;
    private final DeliveryCounters counters;

    CountingHandler(WebhookHandler<E> handler, DeliveryCounters counters) {
        this.handler = Objects.requireNonNull(handler, "handler");
        this.counters = Objects.requireNonNull(counters, "counters");
    }

    @Override
    public void handle(E event, HandlerContext context) throws Exception {
        if (context.isCatchUp()) {
            handler.handle(event, context);
            return;
        }
        String deliveryId = event.deliveryId() != null ? event.deliveryId() : "(no id)";
        try {
            handler.handle(event, context);
        } catch (Exception | Error e) {
            counters.failed(deliveryId);
            throw e;
        }
        counters.processed(deliveryId);
    }
}
