package io.github.payhawk4j.webhooks;

/**
 * Base of the exceptions the webhooks module throws about a delivery: catch it to treat every
 * rejected delivery alike, or catch {@link WebhookVerificationException} (answer 401) and
 * {@link WebhookPayloadException} (answer 400) apart.
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
