package io.github.payhawk4j.webhooks.delivery;

/**
 * Remembers which webhook deliveries were handled, keyed by delivery id, so that a delivery Payhawk sends
 * again (delivery is at-least-once) runs its handlers only once.
 *
 * <p>The protocol, driven by {@code WebhookDispatcher}:
 * <ol>
 *   <li>{@link #claim(String)} before the handler runs; only {@link DeliveryClaim#CLAIMED} lets it run;</li>
 *   <li>{@link #confirm(String)} after the handler succeeded: later copies answer
 *       {@link DeliveryClaim#ALREADY_PROCESSED};</li>
 *   <li>{@link #release(String)} after the handler failed: the sender's retry can claim it again.</li>
 * </ol>
 *
 * <p>Implementations must be thread-safe, and {@code claim} must be atomic: of any number of concurrent
 * claims of one id, exactly one gets {@code CLAIMED}. A store shared by several nodes (a database table with
 * a unique key on the delivery id, say) makes duplicates safe across a cluster; {@link InMemoryDeliveryStore}
 * covers a single process.
 */
public interface DeliveryStore {

    /**
     * Atomically claims a delivery for processing.
     *
     * @param deliveryId the delivery's {@code id} from the envelope
     * @return {@code CLAIMED} if the caller now owns the delivery, otherwise why it must not be processed
     */
    DeliveryClaim claim(String deliveryId);

    /**
     * Marks a claimed delivery as processed, so further copies are recognised as duplicates.
     *
     * @param deliveryId the id passed to {@link #claim(String)}
     */
    void confirm(String deliveryId);

    /**
     * Gives up a claim after a failure, so a retry of the same delivery is processed again.
     * Releasing an id that is not claimed (unknown or already processed) does nothing.
     *
     * @param deliveryId the id passed to {@link #claim(String)}
     */
    void release(String deliveryId);
}
