package io.github.payhawk4j.sandbox;

import java.time.Instant;

/**
 * One HTTP POST of a delivery to its callback URL.
 *
 * @param number      1 for the first attempt, counting on through retries and redeliveries
 * @param sentAt      when it was signed and sent (the {@code X-Payhawk-Timestamp})
 * @param statusCode  the receiver's HTTP status, or 0 if there was no answer
 * @param failure     why there was no answer (connection refused, timeout ...), or {@code null}
 * @param redelivery  whether it was sent by {@link PayhawkSandbox#redeliver(String)}
 */
public record DeliveryAttempt(int number, Instant sentAt, int statusCode, String failure, boolean redelivery) {

    /** Whether the receiver accepted the delivery with a 2xx status. */
    public boolean succeeded() {
        return statusCode >= 200 && statusCode < 300;
    }
}
