package io.github.payhawk4j.webhooks.delivery;

import java.time.Duration;
import java.time.temporal.ChronoUnit;

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
 *
 * <p><b>Retention.</b> A store may forget a processed id eventually, but never while an exact copy of its delivery
 * could still pass verification, or that copy (a replay) would be processed again. {@link #retention()} says how
 * long the store keeps an id at least; the dispatcher refuses to be built with a store that forgets too soon. A store
 * that cannot take a new id without forgetting one it must keep throws {@link DeliveryStoreFullException} from
 * {@link #claim(String)} instead, and the sender is asked to retry later.
 */
public interface DeliveryStore {

    /**
     * Atomically claims a delivery for processing.
     *
     * @param deliveryId the delivery's {@code id} from the envelope
     * @return {@code CLAIMED} if the caller now owns the delivery, otherwise why it must not be processed
     * @throws DeliveryStoreFullException if the id is new and the store has no room for it without forgetting an id
     *                                    it must still remember
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

    /**
     * The least time this store remembers a processed delivery id, counted from {@link #confirm(String)}.
     *
     * <p>A copy of a delivery passes verification while its signed timestamp is within the verifier's tolerance of
     * the clock; the timestamp may itself be up to one tolerance ahead when the delivery is processed, so a copy can
     * verify for up to twice the tolerance after that. {@code WebhookDispatcher} therefore refuses, when it is built,
     * a store whose retention is not longer than twice its verifier's tolerance.
     *
     * <p>The default, {@link ChronoUnit#FOREVER}'s duration, means "never forgets", which is right for a table that
     * is never purged. A store that expires, evicts or purges ids, or wraps one that does, must return the shortest
     * time it keeps one.
     *
     * @return how long a confirmed id is remembered at least
     */
    default Duration retention() {
        return ChronoUnit.FOREVER.getDuration();
    }
}
