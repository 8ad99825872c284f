package io.github.payhawk4j.webhooks;

import io.github.payhawk4j.webhooks.event.WebhookException;

import java.util.Objects;

/**
 * A delivery failed verification: it may be forged, replayed, altered on the way, or checked with
 * the wrong key, path or clock. Answer {@code 401}. {@link #reason()} says which check failed; the
 * message says what to look at and never contains the signature or the key.
 */
public final class WebhookVerificationException extends WebhookException {

    private static final long serialVersionUID = 1L;

    /** Which verification check failed. */
    public enum Reason {
        /** {@code X-Payhawk-Timestamp} or {@code X-Payhawk-Signature} is absent or empty. */
        MISSING_HEADER,
        /** {@code X-Payhawk-Timestamp} is not one ISO-8601 instant (or the header is repeated). */
        MALFORMED_TIMESTAMP,
        /** The timestamp is further in the past than the tolerance: a replay, a stale retry or a slow clock. */
        TIMESTAMP_TOO_OLD,
        /** The timestamp is further in the future than the tolerance: usually a clock that is behind. */
        TIMESTAMP_IN_FUTURE,
        /** {@code X-Payhawk-Signature} is not one canonical (padded, standard-alphabet) base64 value, or is repeated. */
        MALFORMED_SIGNATURE,
        /** No current key verifies the signature over the timestamp, path and body. */
        SIGNATURE_MISMATCH,
        /** The key source had no key to verify with, e.g. the public key could not be fetched. */
        NO_USABLE_KEY,
        /**
         * The delivery is authentic but for an account this receiver does not serve: reported by a
         * {@code WebhookDispatcher} bound to its accounts ({@code servesAccounts}), after all the checks above.
         */
        ACCOUNT_NOT_SERVED
    }

    /** Which check failed. */
    private final Reason reason;

    /** An exception for {@code reason} with a message that says what to check. */
    public WebhookVerificationException(Reason reason, String message) {
        super(message);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** An exception for {@code reason} with a message and the low-level cause. */
    public WebhookVerificationException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** Which check failed; switch on it to decide what to log or alert on. */
    public Reason reason() {
        return reason;
    }
}
