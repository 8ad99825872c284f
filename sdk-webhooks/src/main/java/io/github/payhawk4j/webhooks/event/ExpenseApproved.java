package io.github.payhawk4j.webhooks.event;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.payhawk4j.model.webhook.EventType;

import java.time.Instant;
import java.util.Objects;

/**
 * An expense was approved. Event type {@code expense.approved}.
 *
 * @param deliveryId the delivery id ({@code id} of the envelope); the same on every retry of this delivery
 * @param accountId  the Payhawk account the event belongs to
 * @param timestamp  the signed {@code X-Payhawk-Timestamp}
 * @param expenseId  the expense the event is about, or {@code null} if the payload has none
 * @param payload    the raw {@code payload} object, read-only by convention (see {@link WebhookEvent#payload()})
 */
public record ExpenseApproved(
        String deliveryId,
        String accountId,
        Instant timestamp,
        String expenseId,
        JsonNode payload)
        implements ExpenseEvent {

    /** Checks the envelope fields are present; absent ids stay {@code null}. */
    public ExpenseApproved {
        Objects.requireNonNull(deliveryId, "deliveryId");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(payload, "payload");
    }

    /** {@return {@link EventType#EXPENSE_APPROVED}} */
    @Override
    public EventType eventType() {
        return EventType.EXPENSE_APPROVED;
    }
}
