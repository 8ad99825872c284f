package io.github.payhawk4j.examples.partnerapp;

import io.github.payhawk4j.webhooks.HandlerContext;
import io.github.payhawk4j.webhooks.WebhookHandler;
import io.github.payhawk4j.webhooks.event.ExpenseEvent;
import io.github.payhawk4j.webhooks.event.WebhookEvent;

import java.util.Objects;
import java.util.function.Consumer;

/** Throws {@link InjectedFaultException} when the {@link FaultInjection} says so, else runs the handler. */
final class FaultInjectingHandler<E extends WebhookEvent> implements WebhookHandler<E> {

    private final WebhookHandler<E> handler;
    private final FaultInjection faults;
    private final Consumer<String> progress;

    FaultInjectingHandler(WebhookHandler<E> handler, FaultInjection faults, Consumer<String> progress) {
        this.handler = Objects.requireNonNull(handler, "handler");
        this.faults = Objects.requireNonNull(faults, "faults");
        this.progress = Objects.requireNonNull(progress, "progress");
    }

    @Override
    public void handle(E event, HandlerContext context) throws Exception {
        if (faults.shouldFail(event)) {
            String subject = event instanceof ExpenseEvent expenseEvent
                    ? "expense " + expenseEvent.expenseId() : "delivery " + event.deliveryId();
            progress.accept(String.format("%-17s %-14s -> injected fault: the handler fails and will be retried",
                    event.eventType(), subject));
            throw new InjectedFaultException("injected fault for delivery " + event.deliveryId() + " ("
                    + event.eventType() + ")");
        }
        handler.handle(event, context);
    }
}
