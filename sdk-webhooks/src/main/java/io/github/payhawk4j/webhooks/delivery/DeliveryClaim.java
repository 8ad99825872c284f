package io.github.payhawk4j.webhooks.delivery;

/**
 * The answer of {@link DeliveryStore#claim(String)}: whether the caller may run the handlers for a delivery.
 */
public enum DeliveryClaim {

    /** The delivery is new (or was released after a failure): the caller owns it and must confirm or release it. */
    CLAIMED,

    /** The delivery was already handled successfully: skip it and answer success, so the sender stops retrying. */
    ALREADY_PROCESSED,

    /**
     * Another thread or node is handling the delivery right now: skip it and answer a retryable status,
     * so the sender tries again later (and finds it processed, or claimable if the first attempt failed).
     */
    IN_PROGRESS
}
