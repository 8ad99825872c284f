package io.github.payhawk4j.webhooks.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A {@link DeliveryStore} in this process's memory: bounded, time-limited and thread-safe.
 *
 * <ul>
 *   <li>A processed delivery is remembered for {@link Builder#ttl(Duration) ttl} (default 24 hours) after it
 *       was confirmed; a copy arriving later is processed again.</li>
 *   <li>At most {@link Builder#maxEntries(int) maxEntries} deliveries (default 100,000) are remembered; past
 *       that the oldest processed one is forgotten first. Claims in progress are never evicted (that would let
 *       a duplicate run concurrently); their number is bounded by the number of concurrent requests.</li>
 *   <li>A claim neither confirmed nor released within {@link Builder#claimTimeout(Duration) claimTimeout}
 *       (default 5 minutes) is considered abandoned, e.g. by a handler that hangs, and the delivery can be
 *       claimed again.</li>
 * </ul>
 *
 * <p>Memory does not survive a restart and is not shared between nodes; for a cluster implement
 * {@link DeliveryStore} over a shared database. Time comes from an injectable {@link Clock}.
 */
public final class InMemoryDeliveryStore implements DeliveryStore {

    /** Default for {@link Builder#maxEntries(int)}. */
    public static final int DEFAULT_MAX_ENTRIES = 100_000;
    /** Default for {@link Builder#ttl(Duration)}. */
    public static final Duration DEFAULT_TTL = Duration.ofHours(24);
    /** Default for {@link Builder#claimTimeout(Duration)}. */
    public static final Duration DEFAULT_CLAIM_TIMEOUT = Duration.ofMinutes(5);

    private final int maxEntries;
    private final Duration ttl;
    private final Duration claimTimeout;
    private final Clock clock;
    private final ReentrantLock lock = new ReentrantLock();
    // Both maps are in insertion order, and every entry of one map lives equally long, so the eldest
    // entry always expires first and purging can stop at the first live one.
    private final LinkedHashMap<String, Instant> processedUntil = new LinkedHashMap<>();
    private final LinkedHashMap<String, Instant> claimedUntil = new LinkedHashMap<>();

    /** A store with the default bound, time-to-live, claim timeout and the system UTC clock. */
    public InMemoryDeliveryStore() {
        this(builder());
    }

    private InMemoryDeliveryStore(Builder builder) {
        this.maxEntries = builder.maxEntries;
        this.ttl = builder.ttl;
        this.claimTimeout = builder.claimTimeout;
        this.clock = builder.clock;
    }

    /** Starts configuring a store; every setting has a default. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public DeliveryClaim claim(String deliveryId) {
        Objects.requireNonNull(deliveryId, "deliveryId");
        lock.lock();
        try {
            Instant now = clock.instant();
            purgeExpired(now);
            if (processedUntil.containsKey(deliveryId)) {
                return DeliveryClaim.ALREADY_PROCESSED;
            }
            if (claimedUntil.containsKey(deliveryId)) {
                return DeliveryClaim.IN_PROGRESS;
            }
            claimedUntil.put(deliveryId, now.plus(claimTimeout));
            evictOverBound();
            return DeliveryClaim.CLAIMED;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void confirm(String deliveryId) {
        Objects.requireNonNull(deliveryId, "deliveryId");
        lock.lock();
        try {
            Instant now = clock.instant();
            claimedUntil.remove(deliveryId);
            // Re-inserting keeps the map ordered by confirmation time.
            processedUntil.remove(deliveryId);
            processedUntil.put(deliveryId, now.plus(ttl));
            purgeExpired(now);
            evictOverBound();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void release(String deliveryId) {
        Objects.requireNonNull(deliveryId, "deliveryId");
        lock.lock();
        try {
            claimedUntil.remove(deliveryId);
        } finally {
            lock.unlock();
        }
    }

    /** How many deliveries are remembered right now, processed and in progress. */
    public int size() {
        lock.lock();
        try {
            purgeExpired(clock.instant());
            return processedUntil.size() + claimedUntil.size();
        } finally {
            lock.unlock();
        }
    }

    private void purgeExpired(Instant now) {
        purgeExpired(processedUntil, now);
        purgeExpired(claimedUntil, now);
    }

    private static void purgeExpired(LinkedHashMap<String, Instant> entries, Instant now) {
        Iterator<Map.Entry<String, Instant>> eldestFirst = entries.entrySet().iterator();
        while (eldestFirst.hasNext()) {
            if (eldestFirst.next().getValue().isAfter(now)) {
                return;
            }
            eldestFirst.remove();
        }
    }

    private void evictOverBound() {
        Iterator<String> eldestProcessed = processedUntil.keySet().iterator();
        while (processedUntil.size() + claimedUntil.size() > maxEntries && eldestProcessed.hasNext()) {
            eldestProcessed.next();
            eldestProcessed.remove();
        }
    }

    /** Configures an {@link InMemoryDeliveryStore}. Not thread-safe; build once. */
    public static final class Builder {
        private int maxEntries = DEFAULT_MAX_ENTRIES;
        private Duration ttl = DEFAULT_TTL;
        private Duration claimTimeout = DEFAULT_CLAIM_TIMEOUT;
        private Clock clock = Clock.systemUTC();

        private Builder() {
        }

        /** The most deliveries remembered; past it the oldest processed ones are forgotten first. */
        public Builder maxEntries(int maxEntries) {
            if (maxEntries < 1) {
                throw new IllegalArgumentException("maxEntries must be at least 1, was " + maxEntries);
            }
            this.maxEntries = maxEntries;
            return this;
        }

        /** How long a processed delivery is remembered after it was confirmed. */
        public Builder ttl(Duration ttl) {
            this.ttl = requirePositive(ttl, "ttl");
            return this;
        }

        /** How long a claim may stay unconfirmed before the delivery can be claimed again. */
        public Builder claimTimeout(Duration claimTimeout) {
            this.claimTimeout = requirePositive(claimTimeout, "claimTimeout");
            return this;
        }

        /** The clock that decides expiry; inject a controllable one in tests. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** A new store with these settings. */
        public InMemoryDeliveryStore build() {
            return new InMemoryDeliveryStore(this);
        }

        private static Duration requirePositive(Duration duration, String name) {
            Objects.requireNonNull(duration, name);
            if (duration.isZero() || duration.isNegative()) {
                throw new IllegalArgumentException(name + " must be positive, was " + duration);
            }
            return duration;
        }
    }
}
