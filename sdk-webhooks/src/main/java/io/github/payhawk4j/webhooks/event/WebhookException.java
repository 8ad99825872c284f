package io.github.payhawk4j.webhooks.event;

/**
 * Base of the exceptions the webhooks module throws about a delivery: catch it to treat every
 * rejected delivery alike, or catch {@code io.github.payhawk4j.webhooks.WebhookVerificationException}
 * (answer 401) and {@link WebhookPayloadException} (answer 400) apart.
 *
 * <p>It lives with the events, below the verifier, so that the packages depend one way:
 * {@code webhooks} (verify, dispatch) uses {@code webhooks.event} (the events and how a body is read),
 * never the reverse.
 */
public class WebhookException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** An exception with a message that says what went wrong and what to check. */
    public WebhookException(String message) {
        super(message);
    }

    /** An exception with a message and the low-level cause. */
    public WebhookException(String message, Throwable cause) {
        super(message, cause);
    }
}
