package io.github.payhawk4j.webhooks.event;

/**
 * A delivery's signature is valid but its body is not a webhook envelope: not JSON, not a JSON
 * object, or without string {@code id}, {@code accountId} and {@code eventType}. Answer {@code 400}.
 * The message names the problem and never contains the body.
 */
public final class WebhookPayloadException extends WebhookException {

    private static final long serialVersionUID = 1L;

    /** An exception with a message that names what is wrong with the body. */
    public WebhookPayloadException(String message) {
        super(message);
    }

    /** An exception with a message and the parser's exception. */
    public WebhookPayloadException(String message, Throwable cause) {
        super(message, cause);
    }
}
