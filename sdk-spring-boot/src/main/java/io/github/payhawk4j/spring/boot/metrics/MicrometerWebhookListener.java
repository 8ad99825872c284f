package io.github.payhawk4j.spring.boot.metrics;

import io.github.payhawk4j.webhooks.observation.DeliveryHandled;
import io.github.payhawk4j.webhooks.observation.DeliveryInfo;
import io.github.payhawk4j.webhooks.observation.DeliveryRejected;
import io.github.payhawk4j.webhooks.observation.WebhookListener;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * What happens to deliveries, as Micrometer meters: the counter {@value #DELIVERIES} with tags {@code outcome}
 * ({@code received}, {@code verified}, {@code rejected}, {@code duplicate}, {@code handled}, {@code failed},
 * {@code dead}), {@code event.type} ({@code none} before verification) and {@code reason} (the error code of a
 * rejection, e.g. {@code signature_mismatch}; {@code none} otherwise); and the timer {@value #HANDLER} of handler
 * runs, tagged {@code event.type} and {@code outcome} ({@code handled}, {@code failed}, {@code dead}).
 */
public final class MicrometerWebhookListener implements WebhookListener {

    /** Counter of deliveries by outcome. */
    public static final String DELIVERIES = "payhawk.webhooks.deliveries";
    /** Timer of handler runs. */
    public static final String HANDLER = "payhawk.webhooks.handler";

    private static final String NONE = "none";

    private final MeterRegistry meters;

    /** A listener counting into {@code meters}. */
    public MicrometerWebhookListener(MeterRegistry meters) {
        this.meters = meters;
    }

    @Override
    public void received() {
        count("received", NONE, NONE);
    }

    @Override
    public void verified(DeliveryInfo delivery) {
        count("verified", eventType(delivery), NONE);
    }

    @Override
    public void rejected(DeliveryRejected rejection) {
        count("rejected", NONE, rejection.reason());
    }

    @Override
    public void duplicate(DeliveryInfo delivery) {
        count("duplicate", eventType(delivery), NONE);
    }

    @Override
    public void handled(DeliveryHandled handled) {
        ran("handled", handled);
    }

    @Override
    public void failed(DeliveryHandled failed) {
        ran("failed", failed);
    }

    @Override
    public void dead(DeliveryHandled last) {
        count("dead", eventType(last.delivery()), NONE);
    }

    private void ran(String outcome, DeliveryHandled run) {
        String eventType = eventType(run.delivery());
        count(outcome, eventType, NONE);
        meters.timer(HANDLER, "event.type", eventType, "outcome", outcome).record(run.duration());
    }

    private void count(String outcome, String eventType, String reason) {
        meters.counter(DELIVERIES, "outcome", outcome, "event.type", eventType, "reason", reason).increment();
    }

    private static String eventType(DeliveryInfo delivery) {
        return delivery == null || delivery.eventType() == null ? NONE : delivery.eventType();
    }
}
