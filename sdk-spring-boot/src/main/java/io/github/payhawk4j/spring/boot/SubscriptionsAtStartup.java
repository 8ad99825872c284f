package io.github.payhawk4j.spring.boot;

import io.github.payhawk4j.client.PayhawkClient;
import io.github.payhawk4j.error.PayhawkException;
import io.github.payhawk4j.model.webhook.EnsuredSubscription;
import io.github.payhawk4j.model.webhook.EventType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;

/**
 * Once the application is ready (its filter is serving), ensures each required subscription is active, creating
 * what is missing; idempotent on every instance. A failure is logged, not fatal: the health indicator reports the
 * subscription as missing until it exists.
 */
final class SubscriptionsAtStartup implements ApplicationListener<ApplicationReadyEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(SubscriptionsAtStartup.class);

    private final PayhawkClient client;
    private final RequiredSubscriptions required;

    SubscriptionsAtStartup(PayhawkClient client, RequiredSubscriptions required) {
        this.client = client;
        this.required = required;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        for (EventType eventType : required.eventTypes()) {
            try {
                EnsuredSubscription ensured = client.webhooks().ensure(eventType, required.callbackUrl());
                if (ensured.created()) {
                    LOG.info("Subscribed {} to Payhawk's {} events (subscription {})", required.callbackUrl(),
                            eventType.value(), ensured.subscription().id());
                }
                ensured.deliveryGapSince().ifPresent(since -> LOG.warn("Payhawk had deactivated the subscription"
                        + " of {} to {}; it was replaced, and deliveries since {} may be missing",
                        required.callbackUrl(), eventType.value(), since));
            } catch (PayhawkException e) {
                LOG.error("Could not ensure the subscription of {} to Payhawk's {} events: {}",
                        required.callbackUrl(), eventType.value(), e.toString());
            }
        }
    }
}
