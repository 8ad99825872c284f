package io.github.payhawk4j.webhooks.delivery;

/**
 * The database behind a {@link JdbcDeliveryStore} or a {@code WebhookInbox} could not be read or written
 * (unreachable, out of connections, a missing table). The delivery is answered with a retryable 5xx, so Payhawk
 * sends it again; nothing already stored is lost. The cause is the driver's {@code SQLException}.
 */
public class DeliveryStorageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** An exception saying what could not be stored or read, with the driver's exception as cause. */
    public DeliveryStorageException(String message, Throwable cause) {
        super(message, cause);
    }

    /** An exception saying what went wrong, without a lower-level cause. */
    public DeliveryStorageException(String message) {
        super(message);
    }
}
