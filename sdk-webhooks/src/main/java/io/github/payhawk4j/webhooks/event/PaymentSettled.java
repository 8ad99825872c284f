package io.github.payhawk4j.webhooks.event;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.payhawk4j.model.webhook.EventType;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A payment was settled. Event type {@code payment.settled}.
 *
 * @param deliveryId the delivery id ({@code id} of the envelope); the same on every retry of this delivery
 * @param accountId  the Payhawk account the event belongs to
 * @param timestamp  the signed {@code X-Payhawk-Timestamp}
 * @param expenseId  the expense the payment belongs to, or {@code null} if the payload has none
 * @param paymentId  the payment, if the payload names one
 * @param payload    the raw {@code payload} object, read-only by convention (see {@link WebhookEvent#payload()})
 */
public record PaymentSettled(
        String deliveryId,
        String accountId,
        Instant timestamp,
        String expenseId,
        Optional<String> paymentId,
        JsonNode payload)
        implements PaymentEvent {

    /** Checks the envelope fields are present; absent ids stay {@code null}. */
    public PaymentSettled {
        Objects.requireNonNull(deliveryId, "deliveryId");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(payload, "payload");
        paymentId = paymentId == null ? Optional.empty() : paymentId;
    }

    /** {@return {@link EventType#PAYMENT_SETTLED}} */
    @Override
    public EventType eventType() {
        return EventType.PAYMENT_SETTLED;
    }
}
