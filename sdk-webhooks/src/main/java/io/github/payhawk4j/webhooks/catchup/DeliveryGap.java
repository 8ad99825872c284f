package io.github.payhawk4j.webhooks.catchup;

import io.github.payhawk4j.model.webhook.EventType;

import java.time.Instant;
import java.util.Objects;

/**
 * A time window in which deliveries of one event type to one callback URL may be missing: Payhawk deactivated the
 * subscription (or it was deleted), and {@code from} is when the application last had everything.
 *
 * @param accountId   the Payhawk account
 * @param eventType   the event type whose deliveries may be missing
 * @param callbackUrl where they should have gone
 * @param from        the start: the watermark (the last delivery received, or the end of the last gap closed)
 *                    minus the monitor's overlap, or the replaced subscription's creation if there was no watermark
 * @param to          the end: when the active subscription was created, from which deliveries resume
 */
public record DeliveryGap(String accountId, EventType eventType, String callbackUrl, Instant from, Instant to) {

    /** Checks the fields are present and {@code from} is not after {@code to}. */
    public DeliveryGap {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(eventType, "eventType");
        Objects.requireNonNull(callbackUrl, "callbackUrl");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("a gap cannot end (" + to + ") before it starts (" + from + ")");
        }
    }

    /** Whether {@code instant} lies in the gap, both ends included. */
    public boolean contains(Instant instant) {
        return !instant.isBefore(from) && !instant.isAfter(to);
    }
}
