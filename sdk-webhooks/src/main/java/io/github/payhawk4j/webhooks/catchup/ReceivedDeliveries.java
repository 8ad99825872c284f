package io.github.payhawk4j.webhooks.catchup;

import io.github.payhawk4j.model.webhook.EventType;
import io.github.payhawk4j.webhooks.observation.DeliveryInfo;
import io.github.payhawk4j.webhooks.observation.WebhookListener;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers when a verified delivery of each event type last arrived, per account: pass it to
 * {@code WebhookDispatcher.Builder.listener(...)} and to {@link SubscriptionMonitor.Builder#receivedDeliveries}.
 * The monitor moves the stored watermark up to these times at each check, so a gap is measured from the last
 * delivery actually received. Events a catch-up synthesizes do not count. Thread-safe.
 */
public final class ReceivedDeliveries implements WebhookListener {

    private final Clock clock;
    private final Map<String, Instant> lastReceived = new ConcurrentHashMap<>();

    /**
     * Stamps arrivals with {@code clock}; give it the clock of the monitor.
     *
     * @param clock the time source
     */
    public ReceivedDeliveries(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Stamps arrivals with the system clock in UTC. */
    public ReceivedDeliveries() {
        this(Clock.systemUTC());
    }

    /** A verified delivery arrived (a duplicate too: it proves deliveries get through). */
    @Override
    public void verified(DeliveryInfo delivery) {
        if (delivery.eventType() == null || delivery.accountId() == null) {
            return;
        }
        Instant now = clock.instant();
        lastReceived.merge(key(delivery.accountId(), delivery.eventType()), now,
                (old, proposed) -> proposed.isAfter(old) ? proposed : old);
    }

    /** When a delivery of {@code eventType} for {@code accountId} last arrived in this process, if one did. */
    public Optional<Instant> lastReceived(String accountId, EventType eventType) {
        return Optional.ofNullable(lastReceived.get(key(accountId, eventType.value())));
    }

    private static String key(String accountId, String eventType) {
        return accountId + " " + eventType;
    }
}
