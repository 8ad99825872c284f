package io.github.payhawk4j.sandbox;

import java.util.List;

/**
 * What the sandbox knows about one webhook delivery: the event sent, to whom, and every attempt.
 * A snapshot; it does not change when more attempts are made.
 *
 * @param deliveryId      the envelope's {@code id}, the same on every retry and redelivery
 * @param accountId       the account the event happened in
 * @param subscriptionId  the subscription it was sent for
 * @param eventType       the envelope's {@code eventType}, e.g. {@code expense.created}
 * @param callbackUrl     where it was sent
 * @param body            the exact JSON envelope sent
 * @param status          where it stands
 * @param attempts        every POST so far, oldest first
 */
public record DeliveryRecord(
        String deliveryId,
        String accountId,
        String subscriptionId,
        String eventType,
        String callbackUrl,
        String body,
        DeliveryStatus status,
        List<DeliveryAttempt> attempts) {

    /** Copies the attempts. */
    public DeliveryRecord {
        attempts = List.copyOf(attempts);
    }
}
