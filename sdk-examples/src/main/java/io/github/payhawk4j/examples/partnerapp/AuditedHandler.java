package io.github.payhawk4j.examples.partnerapp;

import io.github.payhawk4j.examples.erp.ProcessedEvents;
import io.github.payhawk4j.webhooks.HandlerContext;
import io.github.payhawk4j.webhooks.WebhookHandler;
import io.github.payhawk4j.webhooks.event.WebhookEvent;

import java.util.Objects;

/** Runs a handler and, if it completes, writes the delivery to the ERP's processed-event trail. */
final class AuditedHandler<E extends WebhookEvent> implements WebhookHandler<E> {

    private final WebhookHandler<E> handler;
    private final ProcessedEvents trail;

    AuditedHandler(WebhookHandler<E> handler, ProcessedEvents trail) {
        this.handler = Objects.requireNonNull(handler, "handler");
        this.trail = Objects.requireNonNull(trail, "trail");
    }

    @Override
    public void handle(E event, HandlerContext context) throws Exception {
        handler.handle(event, context);
        trail.record(event.deliveryId() != null ? event.deliveryId() : "(no id)", event.eventType().value());
    }
}
