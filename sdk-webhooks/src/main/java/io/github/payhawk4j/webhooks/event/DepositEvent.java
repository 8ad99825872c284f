package io.github.payhawk4j.webhooks.event;

/**
 * Any deposit event; handle this type to treat all of them alike.
 */
public sealed interface DepositEvent extends WebhookEvent permits DepositReceived {

    /** {@return the fund account that received the deposit, or {@code null} if the payload has none} */
    String fundAccountId();

    /** {@return the deposit, or {@code null} if the payload has none} */
    String depositId();
}
