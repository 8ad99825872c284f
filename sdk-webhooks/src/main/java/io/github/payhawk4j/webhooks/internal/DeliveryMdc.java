package io.github.payhawk4j.webhooks.internal;

import org.slf4j.MDC;

/**
 * Puts a delivery's id, event type and account into the slf4j MDC while its handler runs, and restores what the
 * keys held before when closed. Use with try-with-resources on the handler's thread.
 */
public final class DeliveryMdc implements AutoCloseable {

    /** MDC key of the delivery id. */
    public static final String DELIVERY_ID = "payhawk.deliveryId";
    /** MDC key of the event type. */
    public static final String EVENT_TYPE = "payhawk.eventType";
    /** MDC key of the account id. */
    public static final String ACCOUNT_ID = "payhawk.accountId";

    private final String previousDeliveryId;
    private final String previousEventType;
    private final String previousAccountId;

    private DeliveryMdc(String deliveryId, String eventType, String accountId) {
        previousDeliveryId = MDC.get(DELIVERY_ID);
        previousEventType = MDC.get(EVENT_TYPE);
        previousAccountId = MDC.get(ACCOUNT_ID);
        set(DELIVERY_ID, PrintableText.of(deliveryId));
        set(EVENT_TYPE, PrintableText.of(eventType));
        set(ACCOUNT_ID, PrintableText.of(accountId));
    }

    /** Puts a delivery's keys into the MDC until {@link #close()}; a null value removes its key meanwhile. */
    public static DeliveryMdc of(String deliveryId, String eventType, String accountId) {
        return new DeliveryMdc(deliveryId, eventType, accountId);
    }

    /** Restores the keys to what they held before. */
    @Override
    public void close() {
        set(DELIVERY_ID, previousDeliveryId);
        set(EVENT_TYPE, previousEventType);
        set(ACCOUNT_ID, previousAccountId);
    }

    private static void set(String key, String value) {
        if (value == null) {
            MDC.remove(key);
        } else {
            MDC.put(key, value);
        }
    }
}
