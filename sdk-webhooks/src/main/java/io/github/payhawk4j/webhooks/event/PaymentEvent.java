package io.github.payhawk4j.webhooks.event;

import java.util.Optional;

/**
 * Any payment event; handle this type to treat all of them alike.
 */
public sealed interface PaymentEvent extends WebhookEvent
        permits PaymentAuthorized, PaymentReverted, PaymentSettled, PaymentFailed {

    /** {@return the expense the payment belongs to, or {@code null} if the payload has none} */
    String expenseId();

    /** {@return the payment, if the payload names one} */
    Optional<String> paymentId();
}
