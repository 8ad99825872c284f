package io.github.payhawk4j.webhooks;

import io.github.payhawk4j.webhooks.observation.DeliveryHandled;
import io.github.payhawk4j.webhooks.observation.DeliveryInfo;
import io.github.payhawk4j.webhooks.observation.DeliveryRejected;
import io.github.payhawk4j.webhooks.observation.WebhookListener;

import java.util.ArrayList;
import java.util.List;

/**
 * A {@link WebhookListener} for tests: keeps each call as one line, e.g. {@code "verified d-1 expense.created"},
 * {@code "rejected 401 bad_signature"} or {@code "failed d-1 IllegalStateException"}, and the events themselves.
 * Thread-safe.
 */
public final class RecordingWebhookListener implements WebhookListener {

    private final List<String> lines = new ArrayList<>();
    private final List<DeliveryHandled> handled = new ArrayList<>();

    @Override
    public synchronized void received() {
        lines.add("received");
    }

    @Override
    public synchronized void verified(DeliveryInfo delivery) {
        lines.add("verified " + delivery.deliveryId() + " " + delivery.eventType() + " " + delivery.accountId());
    }

    @Override
    public synchronized void rejected(DeliveryRejected rejection) {
        lines.add("rejected " + rejection.status() + " " + rejection.reason());
    }

    @Override
    public synchronized void duplicate(DeliveryInfo delivery) {
        lines.add("duplicate " + delivery.deliveryId());
    }

    @Override
    public synchronized void handled(DeliveryHandled event) {
        handled.add(event);
        lines.add("handled " + event.delivery().deliveryId());
    }

    @Override
    public synchronized void failed(DeliveryHandled event) {
        handled.add(event);
        lines.add("failed " + event.delivery().deliveryId() + " " + event.failure().getClass().getSimpleName());
    }

    @Override
    public synchronized void dead(DeliveryHandled event) {
        handled.add(event);
        lines.add("dead " + event.delivery().deliveryId() + " " + event.failure().getClass().getSimpleName());
    }

    /** {@return the calls so far, in order} */
    public synchronized List<String> lines() {
        return List.copyOf(lines);
    }

    /** {@return the handled, failed and dead events so far, in order} */
    public synchronized List<DeliveryHandled> handledEvents() {
        return List.copyOf(handled);
    }
}
