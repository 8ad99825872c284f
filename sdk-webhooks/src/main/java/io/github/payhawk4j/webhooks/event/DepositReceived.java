package io.github.payhawk4j.webhooks.event;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.payhawk4j.model.webhook.EventType;

import java.time.Instant;
import java.util.Objects;

/**
 * A deposit arrived on a fund account. Event type {@code deposit.received}.
 *
 * @param deliveryId the delivery id ({@code id} of the envelope); the same on every retry of this delivery
 * @param accountId  the Payhawk account the event belongs to
 * @param timestamp  the signed {@code X-Payhawk-Timestamp}
 * @param fundAccountId the fund account that received the deposit, or {@code null} if the payload has none
 * @param depositId  the deposit, or {@code null} if the payload has none
 * @param payload    the raw {@code payload} object, read-only by convention (see {@link WebhookEvent#payload()})
 */
public record DepositReceived(
        String deliveryId,
        String accountId,
        Instant timestamp,
        String fundAccountId,
        String depositId,
        JsonNode payload)
        implements DepositEvent {

    /** Checks the envelope fields are present; absent ids stay {@code null}. */
    public DepositReceived {
        Objects.requireNonNull(deliveryId, "deliveryId");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(payload, "payload");
    }

    /** {@return {@link EventType#DEPOSIT_RECEIVED}} */
    @Override
    public EventType eventType() {
        return EventType.DEPOSIT_RECEIVED;
    }
}
