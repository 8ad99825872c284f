package io.github.payhawk4j.webhooks.inbox;

import java.time.Instant;

/**
 * A delivery whose handler failed on every one of its attempts and that the inbox parked; see
 * {@link DeadDeliveries}.
 *
 * @param deliveryId  the envelope's id
 * @param eventType   the event type as sent
 * @param accountId   the account it belongs to
 * @param resourceKey what it is about, e.g. {@code acc-1/expense/43}
 * @param attempts    how many times its handler ran
 * @param lastError   the last failure: exception type and message
 * @param receivedAt  when the inbox accepted it
 * @param diedAt      when its last attempt failed
 */
public record DeadDelivery(String deliveryId, String eventType, String accountId, String resourceKey, int attempts,
                           String lastError, Instant receivedAt, Instant diedAt) {
}
