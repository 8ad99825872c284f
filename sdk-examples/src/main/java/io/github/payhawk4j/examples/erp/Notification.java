package io.github.payhawk4j.examples.erp;

import java.time.Instant;
import java.util.Objects;

/**
 * Something a person in finance has to look at, such as a failed card payment.
 *
 * @param topic     what kind of problem, e.g. "payment-failed"
 * @param reference what it is about, e.g. the expense id
 * @param message   a sentence for the reader
 * @param raisedAt  when it was raised
 */
public record Notification(String topic, String reference, String message, Instant raisedAt) {

    /** Checks the parts are present. */
    public Notification {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(raisedAt, "raisedAt");
    }
}
