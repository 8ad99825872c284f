package io.github.payhawk4j.webhooks;

import io.github.payhawk4j.webhooks.event.WebhookEvent;

/**
 * Handles one kind of webhook event; registered with {@link WebhookDispatcher.Builder#on(Class, WebhookHandler)}.
 *
 * <p>Returning normally means the event is handled: the delivery is confirmed and Payhawk gets a 200.
 * Throwing means it is not: the claim is released and Payhawk gets a 500, so it delivers the event again.
 * Handlers may therefore run more than once for one event if they fail part-way; make their effects
 * idempotent (upsert by expense id, for example).
 *
 * @param <E> the event type, a record such as {@code ExpenseCreated} or a group such as {@code ExpenseEvent}
 */
@FunctionalInterface
public interface WebhookHandler<E extends WebhookEvent> {

    /**
     * Handles a verified event.
     *
     * @param event   the event, already verified and parsed
     * @param context the delivery's context: lazy, memoized access to the resources the event refers to
     * @throws Exception any failure; the delivery is answered with 500 and retried by Payhawk
     */
    void handle(E event, HandlerContext context) throws Exception;
}
