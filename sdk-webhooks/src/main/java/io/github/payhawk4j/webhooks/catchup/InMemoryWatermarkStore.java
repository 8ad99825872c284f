package io.github.payhawk4j.webhooks.catchup;

import io.github.payhawk4j.model.webhook.EventType;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Watermarks in this process's memory: lost on restart, so a gap that opened while the process was down is measured
 * from the subscription's creation instead. For one process and for tests; use {@link JdbcWatermarkStore} otherwise.
 * Thread-safe.
 */
public final class InMemoryWatermarkStore implements WatermarkStore {

    private final Map<String, Instant> watermarks = new ConcurrentHashMap<>();

    /** An empty store. */
    public InMemoryWatermarkStore() {
    }

    @Override
    public Optional<Instant> watermark(String accountId, EventType eventType) {
        return Optional.ofNullable(watermarks.get(key(accountId, eventType)));
    }

    @Override
    public void advance(String accountId, EventType eventType, Instant to) {
        Objects.requireNonNull(to, "to");
        watermarks.merge(key(accountId, eventType), to, (old, proposed) -> proposed.isAfter(old) ? proposed : old);
    }

    private static String key(String accountId, EventType eventType) {
        return Objects.requireNonNull(accountId, "accountId") + " " + Objects.requireNonNull(eventType, "eventType").value();
    }
}
