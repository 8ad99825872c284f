package io.github.payhawk4j.sandbox;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every delivery the sandbox has made, with its attempts and status. Thread-safe. */
final class DeliveryLog {

    private static final class Entry {
        final Delivery delivery;
        final List<DeliveryAttempt> attempts = new ArrayList<>();
        DeliveryStatus status = DeliveryStatus.PENDING;

        Entry(Delivery delivery) {
            this.delivery = delivery;
        }

        DeliveryRecord snapshot() {
            return new DeliveryRecord(delivery.deliveryId(), delivery.accountId(), delivery.subscriptionId(),
                    delivery.eventType(), delivery.callbackUrl().toString(), delivery.bodyText(), status, attempts);
        }
    }

    private final Map<String, Entry> entries = new LinkedHashMap<>();

    synchronized void add(Delivery delivery) {
        entries.put(delivery.deliveryId(), new Entry(delivery));
    }

    synchronized Optional<Delivery> delivery(String deliveryId) {
        return Optional.ofNullable(entries.get(deliveryId)).map(entry -> entry.delivery);
    }

    synchronized int nextAttemptNumber(String deliveryId) {
        return entry(deliveryId).attempts.size() + 1;
    }

    synchronized void recordAttempt(String deliveryId, DeliveryAttempt attempt) {
        entry(deliveryId).attempts.add(attempt);
    }

    synchronized void setStatus(String deliveryId, DeliveryStatus status) {
        entry(deliveryId).status = status;
    }

    synchronized Optional<DeliveryRecord> find(String deliveryId) {
        return Optional.ofNullable(entries.get(deliveryId)).map(Entry::snapshot);
    }

    /** All deliveries, oldest first. */
    synchronized List<DeliveryRecord> records() {
        return entries.values().stream().map(Entry::snapshot).toList();
    }

    synchronized DeliveryStatistics statistics() {
        int delivered = 0;
        int failed = 0;
        int abandoned = 0;
        int pending = 0;
        int attempts = 0;
        int retries = 0;
        int redeliveries = 0;
        for (Entry entry : entries.values()) {
            switch (entry.status) {
                case DELIVERED -> delivered++;
                case FAILED -> failed++;
                case ABANDONED -> abandoned++;
                case PENDING -> pending++;
            }
            DeliveryAttempt previous = null;
            for (DeliveryAttempt attempt : entry.attempts) {
                attempts++;
                if (attempt.redelivery()) {
                    redeliveries++;
                } else if (previous != null && !previous.succeeded()) {
                    retries++;
                }
                previous = attempt;
            }
        }
        return new DeliveryStatistics(entries.size(), delivered, failed, abandoned, pending, attempts, retries,
                redeliveries);
    }

    private Entry entry(String deliveryId) {
        Entry entry = entries.get(deliveryId);
        if (entry == null) {
            throw new IllegalArgumentException("No delivery with id '" + deliveryId + "'");
        }
        return entry;
    }
}
