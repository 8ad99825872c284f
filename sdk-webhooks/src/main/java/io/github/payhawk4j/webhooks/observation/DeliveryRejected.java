package io.github.payhawk4j.webhooks.observation;

/**
 * A delivery was refused before any handler ran: it failed verification, was malformed, too large, or for an
 * account not served. Holds the answer only, never the signature or the body. Immutable.
 *
 * @param status the HTTP status answered, e.g. 401
 * @param reason the error code answered, e.g. {@code bad_signature}, {@code invalid_payload}, {@code body_too_large}
 *               (a small fixed set: fit for a metric tag)
 */
public record DeliveryRejected(int status, String reason) {
}
