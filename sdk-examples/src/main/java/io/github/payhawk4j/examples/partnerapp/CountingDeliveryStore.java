package io.github.payhawk4j.examples.partnerapp;

import io.github.payhawk4j.webhooks.delivery.DeliveryClaim;
import io.github.payhawk4j.webhooks.delivery.DeliveryStore;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A {@link DeliveryStore} that counts what the dispatcher tells it: every claim is a verified delivery, an
 * {@code ALREADY_PROCESSED} answer a skipped duplicate, a release a failed handler, a confirmation a processed one.
 */
final class CountingDeliveryStore implements DeliveryStore {

    private final DeliveryStore delegate;
    private final DeliveryCounters counters;
    private final Consumer<String> progress;

    CountingDeliveryStore(DeliveryStore delegate, DeliveryCounters counters, Consumer<String> progress) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.counters = Objects.requireNonNull(counters, "counters");
        this.progress = Objects.requireNonNull(progress, "progress");
    }

    @Override
    public DeliveryClaim claim(String deliveryId) {
        counters.verified();
        DeliveryClaim claim = delegate.claim(deliveryId);
        if (claim == DeliveryClaim.ALREADY_PROCESSED) {
            counters.duplicateSkipped();
            progress.accept("duplicate         delivery " + deliveryId + " -> already processed, skipped");
        }
        return claim;
    }

    @Override
    public void confirm(String deliveryId) {
        delegate.confirm(deliveryId);
        counters.processed(deliveryId);
    }

    @Override
    public void release(String deliveryId) {
        delegate.release(deliveryId);
        counters.failed(deliveryId);
    }

    /** The wrapped store's: this one forgets exactly when it does. */
    @Override
    public Duration retention() {
        return delegate.retention();
    }
}
