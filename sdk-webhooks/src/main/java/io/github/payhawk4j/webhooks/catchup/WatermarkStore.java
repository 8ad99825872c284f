package io.github.payhawk4j.webhooks.catchup;

import io.github.payhawk4j.model.webhook.EventType;

import java.time.Instant;
import java.util.Optional;

/**
 * Remembers, per account and event type, the instant up to which the application is known to have every event:
 * the time it last received a delivery of that type, or the end of the last gap a catch-up closed. A
 * {@link SubscriptionMonitor} reads it to say from when deliveries may be missing, and advances it.
 *
 * <p>Implementations are thread-safe; {@link JdbcWatermarkStore} keeps the watermarks across restarts and for
 * every node of a cluster, {@link InMemoryWatermarkStore} for one process.
 */
public interface WatermarkStore {

    /**
     * The watermark of {@code eventType} in {@code accountId}, or empty if none was ever stored.
     *
     * @throws io.github.payhawk4j.webhooks.delivery.DeliveryStorageException if the store cannot be read
     */
    Optional<Instant> watermark(String accountId, EventType eventType);

    /**
     * Moves the watermark forward to {@code to}; a watermark already at or after it stays (it never moves back,
     * whatever order nodes write in).
     *
     * @throws io.github.payhawk4j.webhooks.delivery.DeliveryStorageException if the store cannot be written
     */
    void advance(String accountId, EventType eventType, Instant to);
}
