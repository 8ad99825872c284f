package io.github.payhawk4j.webhooks.key;

import io.github.payhawk4j.client.PayhawkClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * The key Payhawk publishes at {@code GET /api/v3/rsa-public-key}, fetched through a
 * {@link PayhawkClient} and cached.
 *
 * <p>The first {@link #currentKeys()} fetches the key (call it at start-up to fail fast). After
 * that the key is only fetched again when a delivery fails to verify ({@link #refresh()}), and then
 * at most once per cool-down (default {@link #DEFAULT_COOL_DOWN}): a flood of forged deliveries
 * causes one fetch, not one per delivery. A failed fetch keeps the keys already held, and the next
 * attempt waits for the cool-down too. Thread-safe; share one instance per client.
 */
public final class ApiPublicKeySource implements PublicKeySource {

    /** The least time between two fetches of the key: five minutes. */
    public static final Duration DEFAULT_COOL_DOWN = Duration.ofMinutes(5);

    private static final Logger log = LoggerFactory.getLogger(ApiPublicKeySource.class);

    private final Supplier<String> fetchKeyText;
    private final Duration coolDown;
    private final Clock clock;
    private final ReentrantLock fetchLock = new ReentrantLock();

    private volatile List<PublicKey> keys = List.of();
    /** When the last fetch started, or null before the first; guarded by {@link #fetchLock}. */
    private Instant lastFetch;
    /** Why the last fetch failed, or null if it succeeded; guarded by {@link #fetchLock}. */
    private RuntimeException lastFailure;

    private ApiPublicKeySource(Builder builder) {
        PayhawkClient client = builder.client;
        this.fetchKeyText = () -> client.system().rsaPublicKey();
        this.coolDown = builder.coolDown;
        this.clock = builder.clock;
    }

    /** A source for {@code client}'s Payhawk with the default cool-down and the system clock. */
    public static ApiPublicKeySource of(PayhawkClient client) {
        return builder(client).build();
    }

    /** A builder for a source backed by {@code client}. */
    public static Builder builder(PayhawkClient client) {
        return new Builder(client);
    }

    /**
     * The cached keys; fetches them first if none are held and no fetch happened within the cool-down.
     *
     * @throws IllegalStateException if no key is held because fetching failed; its cause is the failure
     */
    @Override
    public List<PublicKey> currentKeys() {
        List<PublicKey> held = keys;
        if (!held.isEmpty()) {
            return held;
        }
        fetchLock.lock();
        try {
            if (keys.isEmpty() && coolDownOver()) {
                fetch();
            }
            if (keys.isEmpty()) {
                throw new IllegalStateException("Payhawk's webhook public key could not be fetched (last attempt at "
                        + lastFetch + ", next one after " + lastFetch.plus(coolDown)
                        + "); check that this service can reach GET /api/v3/rsa-public-key", lastFailure);
            }
            return keys;
        } finally {
            fetchLock.unlock();
        }
    }

    /**
     * Fetches the key again unless a fetch happened within the cool-down. Threads that arrive while
     * a fetch is running wait for it and then return without fetching again.
     *
     * @return {@code true} if the fetched keys differ from the ones held before
     */
    @Override
    public boolean refresh() {
        fetchLock.lock();
        try {
            if (!coolDownOver()) {
                return false;
            }
            List<PublicKey> before = keys;
            fetch();
            return keys != before;
        } finally {
            fetchLock.unlock();
        }
    }

    /** {@return the least time between two fetches} */
    public Duration coolDown() {
        return coolDown;
    }

    private boolean coolDownOver() {
        return lastFetch == null || !clock.instant().isBefore(lastFetch.plus(coolDown));
    }

    private void fetch() {
        lastFetch = clock.instant();
        try {
            List<? extends PublicKey> fetched = PublicKeys.parseAll(fetchKeyText.get());
            if (!sameKeys(fetched, keys)) {
                keys = List.copyOf(fetched);
                log.info("Fetched Payhawk's webhook public key ({} key(s))", fetched.size());
            }
            lastFailure = null;
        } catch (RuntimeException e) {
            lastFailure = e;
            log.warn("Fetching Payhawk's webhook public key failed; keeping {} held key(s), next attempt after {}: {}",
                    keys.size(), lastFetch.plus(coolDown), e.toString());
        }
    }

    private static boolean sameKeys(List<? extends PublicKey> a, List<? extends PublicKey> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!PublicKeys.sameKey(a.get(i), b.get(i))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return "ApiPublicKeySource[" + keys.size() + " key(s) held, cool-down " + coolDown + "]";
    }

    /** Builds an {@link ApiPublicKeySource}. */
    public static final class Builder {
        private final PayhawkClient client;
        private Duration coolDown = DEFAULT_COOL_DOWN;
        private Clock clock = Clock.systemUTC();

        private Builder(PayhawkClient client) {
            this.client = Objects.requireNonNull(client, "client");
        }

        /** The least time between two fetches (default five minutes); must not be negative. */
        public Builder coolDown(Duration value) {
            Objects.requireNonNull(value, "coolDown");
            if (value.isNegative()) {
                throw new IllegalArgumentException("coolDown must not be negative, was " + value);
            }
            this.coolDown = value;
            return this;
        }

        /** The clock the cool-down is measured with (default the system clock); for tests. */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /** The source; nothing is fetched until the first {@link ApiPublicKeySource#currentKeys()}. */
        public ApiPublicKeySource build() {
            return new ApiPublicKeySource(this);
        }
    }
}
