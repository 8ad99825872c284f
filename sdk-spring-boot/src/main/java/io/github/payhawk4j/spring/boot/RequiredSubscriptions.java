package io.github.payhawk4j.spring.boot;

import io.github.payhawk4j.model.webhook.EventType;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;

import java.util.List;
import java.util.Objects;

/**
 * The subscriptions the application needs, a bean when {@code payhawk.webhooks.subscriptions.ensure} is true: its
 * callback URL for each event type in {@code payhawk.webhooks.subscriptions.event-types}, or else for each type its
 * handler beans handle. Ensured at start-up; the health indicator checks they are active. With
 * {@code payhawk.webhooks.monitor.enabled} they are the {@code SubscriptionMonitor}'s input: checked on a schedule,
 * re-created when Payhawk deactivated one, and the gap caught up.
 *
 * @param callbackUrl the checked callback URL
 * @param eventTypes  the event types, never empty
 */
public record RequiredSubscriptions(String callbackUrl, List<EventType> eventTypes) {

    private static final String EVENT_TYPES = "payhawk.webhooks.subscriptions.event-types";

    /** Copies the event types. */
    public RequiredSubscriptions {
        Objects.requireNonNull(callbackUrl, "callbackUrl");
        eventTypes = List.copyOf(eventTypes);
    }

    /**
     * The subscriptions {@code properties} ask for.
     *
     * @throws PayhawkConfigurationException if there is no callback URL, or no event type to subscribe to
     */
    static RequiredSubscriptions of(PayhawkProperties properties, ConfigurableListableBeanFactory beanFactory) {
        PayhawkProperties.Webhooks webhooks = properties.getWebhooks();
        if (webhooks.getCallbackUrl() == null || webhooks.getCallbackUrl().isBlank()) {
            throw new PayhawkConfigurationException(CallbackUrl.PROPERTY,
                    "payhawk.webhooks.subscriptions.ensure is true, but no callback URL is configured",
                    "Set " + CallbackUrl.PROPERTY + " to the public HTTPS URL Payhawk should post deliveries to,"
                            + " or set payhawk.webhooks.subscriptions.ensure to false.");
        }
        String callbackUrl = CallbackUrl.require(webhooks.getCallbackUrl());
        List<EventType> eventTypes = webhooks.getSubscriptions().getEventTypes().isEmpty()
                ? WebhookHandlerBeans.of(beanFactory).handledEventTypes()
                : webhooks.getSubscriptions().getEventTypes().stream().map(String::trim).map(EventType::of).toList();
        if (eventTypes.isEmpty()) {
            throw new PayhawkConfigurationException(EVENT_TYPES, "there is no event type to subscribe to: no"
                    + " WebhookHandler bean handles a known event type and none is configured",
                    "Declare WebhookHandler beans for the events you need, or list them in " + EVENT_TYPES + ".");
        }
        return new RequiredSubscriptions(callbackUrl, eventTypes);
    }
}
