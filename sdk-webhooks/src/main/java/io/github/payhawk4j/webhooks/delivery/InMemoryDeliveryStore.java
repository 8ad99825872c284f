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
 *   <li>At most {@link Builder#maxEntries(int) maxEntries} deliveries (default 100,000) are remembered. To make
 *       room for a new one, the oldest processed delivery is forgotten first, but only once it was remembered for
 *       {@link Builder#minRetention(Duration) minRetention} (default 15 minutes), so that no copy of it can still
 *       pass verification. When every remembered delivery is that recent or still in progress, a new delivery is
 *       refused with {@link DeliveryStoreFullException} (the dispatcher answers 503 with {@code Retry-After}) rather
 *       than forget one. Claims in progress are never evicted (that would let a duplicate run concurrently).</li>
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
    /**
     * Default for {@link Builder#minRetention(Duration)}: 15 minutes, longer than the 10 minutes a copy of a
     * delivery can verify for under the verifier's default tolerance of 5 minutes.
     */
    public static final Duration DEFAULT_MIN_RETENTION = Duration.ofMinutes(15);

    private static final Duration SHORTEST_RETRY_AFTER = Duration.ofSeconds(1);

    private final int maxEntries;
    private final Duration ttl;
    private final Duration minRetention;
    private final Duration claimTimeout;
    private final Clock clock;
    private final ReentrantLock lock = new ReentrantLock();
    // Both maps are in insertion order, and every entry of one map lives equally long, so the eldest
    // entry always expires first and purging can stop at the first live one.
    private final LinkedHashMap<String, Instant> processedAt = new LinkedHashMap<>();
    private final LinkedHashMap<String, Instant> claimedUntil = new LinkedHashMap<>();

    /** A store with the default bound, time-to-live, claim timeout and the system UTC clock. */
    public InMemoryDeliveryStore() {
        this(builder());
    }

    private InMemoryDeliveryStore(Builder builder) {
        this.maxEntries = builder.maxEntries;
        this.ttl = builder.ttl;
        this.minRetention = builder.minRetention;
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
            if (processedAt.containsKey(deliveryId)) {
                return DeliveryClaim.ALREADY_PROCESSED;
            }
            if (claimedUntil.containsKey(deliveryId)) {
                return DeliveryClaim.IN_PROGRESS;
            }
            makeRoomForOneMore(now);
            claimedUntil.put(deliveryId, now.plus(claimTimeout));
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
            processedAt.remove(deliveryId);
            processedAt.put(deliveryId, now);
            purgeExpired(now);
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
            return processedAt.size() + claimedUntil.size();
        } finally {
            lock.unlock();
        }
    }

    /**
     * {@return the least time a processed id is remembered: the shorter of {@code ttl} and {@code minRetention}}
     * Before that no id is forgotten, neither by expiry nor to make room.
     */
    @Override
    public Duration retention() {
        return ttl.compareTo(minRetention) < 0 ? ttl : minRetention;
    }

    private void purgeExpired(Instant now) {
        purgeOlderThan(processedAt, now.minus(ttl));
        purgeOlderThan(claimedUntil, now);
    }

    /** Removes the eldest entries whose instant is not after {@code limit}; the maps are ordered by that instant. */
    private static void purgeOlderThan(LinkedHashMap<String, Instant> entries, Instant limit) {
        Iterator<Map.Entry<String, Instant>> eldestFirst = entries.entrySet().iterator();
        while (eldestFirst.hasNext()) {
            if (eldestFirst.next().getValue().isAfter(limit)) {
                return;
            }
            eldestFirst.remove();
        }
    }

    /** Forgets the oldest processed ids past their minimum retention until one more fits, or refuses. */
    private void makeRoomForOneMore(Instant now) {
        Instant forgettableBefore = now.minus(retention());
        Iterator<Map.Entry<String, Instant>> eldestProcessed = processedAt.entrySet().iterator();
        while (processedAt.size() + claimedUntil.size() >= maxEntries && eldestProcessed.hasNext()) {
            Map.Entry<String, Instant> eldest = eldestProcessed.next();
            if (eldest.getValue().isAfter(forgettableBefore)) {
                throw full(now, eldest.getValue().plus(retention()));
            }
            eldestProcessed.remove();
        }
        if (processedAt.size() + claimedUntil.size() >= maxEntries) {
            throw full(now, claimedUntil.values().iterator().next());
        }
    }

    private DeliveryStoreFullException full(Instant now, Instant roomExpectedAt) {
        Duration wait = Duration.between(now, roomExpectedAt);
        return new DeliveryStoreFullException("the in-memory delivery store holds " + maxEntries + " delivery ids (its"
                + " maxEntries), all processed within its minRetention of " + minRetention + " or still in progress;"
                + " refusing a new delivery rather than forget one whose copies could still verify; raise maxEntries"
                + " for this rate of deliveries", wait.compareTo(SHORTEST_RETRY_AFTER) < 0 ? SHORTEST_RETRY_AFTER : wait);
    }

    /** Configures an {@link InMemoryDeliveryStore}. Not thread-safe; build once. */
    public static final class Builder {
        private int maxEntries = DEFAULT_MAX_ENTRIES;
        private Duration ttl = DEFAULT_TTL;
        private Duration minRetention = DEFAULT_MIN_RETENTION;
        private Duration claimTimeout = DEFAULT_CLAIM_TIMEOUT;
        private Clock clock = Clock.systemUTC();

        private Builder() {
        }

        /**
         * The most deliveries remembered; past it the oldest processed ones are forgotten first, once they are
         * older than {@link #minRetention(Duration) minRetention}; if none is, new deliveries are refused.
         */
        public Builder maxEntries(int maxEntries) {
            if (maxEntries < 1) {
                throw new IllegalArgumentException("maxEntries must be at least 1, was " + maxEntries);
            }
            this.maxEntries = maxEntries;
            return this;
        }

        /** How long a processed delivery is remembered after it was confirmed, at most; room permitting. */
        public Builder ttl(Duration ttl) {
            this.ttl = requirePositive(ttl, "ttl");
            return this;
        }

        /**
         * How long a processed delivery is remembered after it was confirmed at least, even when the store is full
         * (default {@link #DEFAULT_MIN_RETENTION 15 minutes}). Must be longer than twice the verifier's tolerance,
         * the time a copy can still verify; the dispatcher checks that (see {@link DeliveryStore#retention()}).
         */
        public Builder minRetention(Duration minRetention) {
            this.minRetention = requirePositive(minRetention, "minRetention");
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
