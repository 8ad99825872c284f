package io.github.payhawk4j.webhooks.event;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.payhawk4j.model.webhook.EventType;

import java.time.Instant;

/**
 * A verified webhook delivery: one record per event type Payhawk sends, and {@link UnknownEvent}
 * for any type this SDK version does not know yet.
 *
 * <p>The type is sealed, grouped by {@link ExpenseEvent}, {@link PaymentEvent}, {@link SupplierEvent},
 * {@link DepositEvent} and {@link PurchaseOrderEvent}, so a Java 21 {@code switch} over it can be
 * exhaustive without a {@code default}. The ids in a payload are not all documented by Payhawk, so
 * an id the payload lacks is {@code null} (or an empty {@code Optional}), never an error.
 */
public sealed interface WebhookEvent
        permits ExpenseEvent, PaymentEvent, SupplierEvent, DepositEvent, PurchaseOrderEvent, UnknownEvent {

    /** {@return the delivery id, the key for detecting a redelivered event} */
    String deliveryId();

    /** {@return the Payhawk account the event belongs to} */
    String accountId();

    /** {@return the event type; {@link EventType#isKnown()} is false only for an {@link UnknownEvent}} */
    EventType eventType();

    /** {@return the signed {@code X-Payhawk-Timestamp} of the delivery} */
    Instant timestamp();

    /**
     * The {@code payload} object of the envelope as it arrived, including fields the typed accessors
     * do not cover. It is this event's own tree, not shared with anything else; treat it as
     * read-only (an event is a value) and {@code deepCopy()} it before changing it.
     * An envelope without a payload gives an empty object.
     *
     * @return the raw payload
     */
    JsonNode payload();
}
