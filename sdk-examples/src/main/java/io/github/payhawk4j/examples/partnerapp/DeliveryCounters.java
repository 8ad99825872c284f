package io.github.payhawk4j.examples.partnerapp;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Live, thread-safe counts of the partner app's webhook traffic; {@link #snapshot()} reads them. */
public final class DeliveryCounters {

    private final AtomicInteger received = new AtomicInteger();
    private final AtomicInteger verified = new AtomicInteger();
    private final AtomicInteger processed = new AtomicInteger();
    private final AtomicInteger duplicatesSkipped = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private final AtomicInteger retriedThenProcessed = new AtomicInteger();
    private final Set<String> failedDeliveries = ConcurrentHashMap.newKeySet();

    /** A request reached the webhook endpoint. */
    void received() {
        received.incrementAndGet();
    }

    /** A request passed verification (whether or not it could then be handled or stored). */
    void verified() {
        verified.incrementAndGet();
    }

    /** A verified request was a copy of a delivery already received. */
    void duplicateSkipped() {
        duplicatesSkipped.incrementAndGet();
    }

    /** The handler of {@code deliveryId} failed; it will be retried. */
    void failed(String deliveryId) {
        failed.incrementAndGet();
        failedDeliveries.add(deliveryId);
    }

    /** The handler of {@code deliveryId} completed. */
    void processed(String deliveryId) {
        processed.incrementAndGet();
        if (failedDeliveries.remove(deliveryId)) {
            retriedThenProcessed.incrementAndGet();
        }
    }

    /** The counts as of now. */
    public DeliveryCounts snapshot() {
        return new DeliveryCounts(received.get(), verified.get(), processed.get(), duplicatesSkipped.get(),
                failed.get(), retriedThenProcessed.get());
    }
}
