package io.github.payhawk4j.webhooks.inbox;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * What an inbox holds right now, across all nodes: the figures worth a dashboard and an alert.
 *
 * @param pending            deliveries waiting for a worker (new, or failed and waiting for their next attempt)
 * @param running            deliveries a worker holds right now
 * @param dead               deliveries parked after their last attempt, waiting for a replay
 * @param oldestUnfinished   when the oldest pending or running delivery was received, if any
 */
public record InboxStatistics(long pending, long running, long dead, Optional<Instant> oldestUnfinished) {

    /**
     * {@return how long the oldest unfinished delivery has waited at {@code now} (zero if it was received later),
     * empty when none is unfinished: the gauge worth an alert}
     */
    public Optional<Duration> oldestUnfinishedAge(Instant now) {
        return oldestUnfinished.map(received -> received.isAfter(now) ? Duration.ZERO : Duration.between(received, now));
    }
}
