package io.github.payhawk4j.examples.partnerapp;

import io.github.payhawk4j.examples.erp.ProcessedEvents;
import io.github.payhawk4j.webhooks.HandlerContext;
import io.github.payhawk4j.webhooks.WebhookHandler;
import io.github.payhawk4j.webhooks.catchup.EventKey;
import io.github.payhawk4j.webhooks.event.WebhookEvent;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Runs a handler once per event and, if it completes, writes the delivery to the ERP's processed-event trail. Once
 * per event, not per delivery: a real delivery and a catch-up's synthesized twin of it have different delivery ids
 * but the same {@link EventKey}, and the second of them to arrive is skipped.
 */
final class AuditedHandler<E extends WebhookEvent> implements WebhookHandler<E> {

    private final WebhookHandler<E> handler;
    private final ProcessedEvents trail;
    private final Consumer<String> progress;

    AuditedHandler(WebhookHandler<E> handler, ProcessedEvents trail, Consumer<String> progress) {
        this.handler = Objects.requireNonNull(handler, "handler");
        this.trail = Objects.requireNonNull(trail, "trail");
        this.progress = Objects.requireNonNull(progress, "progress");
    }

    @Override
    public void handle(E event, HandlerContext context) throws Exception {
        Optional<EventKey> key = EventKey.of(event);
        if (key.isPresent() && trail.hasProcessed(key.get().value())) {
            progress.accept(String.format("%-17s %s -> %s already processed, skipped", event.eventType(),
                    context.isCatchUp() ? "catch-up twin" : "delivery " + event.deliveryId(), key.get()));
            return;
        }
        handler.handle(event, context);
        trail.record(event.deliveryId() != null ? event.deliveryId() : "(no id)", event.eventType().value(),
                key.map(EventKey::value).orElse(null));
    }
}
