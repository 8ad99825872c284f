package io.github.payhawk4j.spring.boot;

import io.github.payhawk4j.webhooks.HandlerContext;
import io.github.payhawk4j.webhooks.WebhookHandler;
import io.github.payhawk4j.webhooks.event.PaymentEvent;

/** A handler of a group of events: every payment.* type. */
public class PaymentUpdates implements WebhookHandler<PaymentEvent> {

    @Override
    public void handle(PaymentEvent event, HandlerContext context) {
        // What the payment changed is not what these tests look at.
    }
}
