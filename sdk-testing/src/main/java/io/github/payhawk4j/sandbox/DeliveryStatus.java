package io.github.payhawk4j.sandbox;

/** Where a webhook delivery of the sandbox stands. */
public enum DeliveryStatus {
    /** Waiting for its first attempt, in flight, or waiting for a retry. */
    PENDING,
    /** The last attempt got a 2xx answer. */
    DELIVERED,
    /** Every attempt failed (non-2xx answer or I/O error). */
    FAILED,
    /** Stopped because its subscription was deleted or deactivated before it got through. */
    ABANDONED
}
