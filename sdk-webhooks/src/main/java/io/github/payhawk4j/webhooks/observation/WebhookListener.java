package io.github.payhawk4j.webhooks.observation;

import java.util.List;
import java.util.Objects;

/**
 * Told what happens to each delivery a {@code WebhookDispatcher} (or the {@code WebhookInbox} built on it)
 * receives, for metrics and logs. For one request the order is: {@link #received}, then {@link #rejected} or
 * {@link #verified}, then for a verified one {@link #duplicate}, {@link #handled} or {@link #failed} (for the inbox,
 * handling happens later on its workers). Queue depth and the age of the oldest pending inbox delivery are read
 * from {@code WebhookInbox.statistics()}.
 *
 * <p>Methods must be quick and thread-safe. An exception they throw is logged and ignored: a listener never changes
 * the answer to a delivery. The methods do nothing by default; override what you need.
 */
public interface WebhookListener {

    /** A delivery request arrived, before any check. */
    default void received() {
    }

    /** The delivery passed verification (signature, timestamp, envelope, account). */
    default void verified(DeliveryInfo delivery) {
    }

    /** The delivery was refused before any handler ran. */
    default void rejected(DeliveryRejected rejection) {
    }

    /** The delivery was already processed; its handler did not run again. */
    default void duplicate(DeliveryInfo delivery) {
    }

    /** The delivery's handler returned normally. */
    default void handled(DeliveryHandled handled) {
    }

    /** The delivery's handler (or the delivery store) failed; it will be retried. */
    default void failed(DeliveryHandled failed) {
    }

    /** The inbox gave up on the delivery after its last attempt and parked it as dead. */
    default void dead(DeliveryHandled last) {
    }

    /** {@return a listener that ignores everything, the default} */
    static WebhookListener none() {
        return NoWebhookListener.INSTANCE;
    }

    /**
     * One listener that tells each of {@code listeners} in turn, e.g. meters and the catch-up's
     * {@code ReceivedDeliveries} on one dispatcher; one that throws is logged and the others still hear.
     *
     * @param listeners the listeners, in the order they are told
     * @return the listener to give the dispatcher
     */
    static WebhookListener all(List<? extends WebhookListener> listeners) {
        Objects.requireNonNull(listeners, "listeners").forEach(Objects::requireNonNull);
        return listeners.size() == 1 ? listeners.get(0) : new CompositeWebhookListener(listeners);
    }
}
