package io.github.payhawk4j.spring.boot.metrics;

import io.github.payhawk4j.webhooks.inbox.InboxStatistics;
import io.github.payhawk4j.webhooks.inbox.WebhookInbox;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.TimeGauge;
import io.micrometer.core.instrument.binder.MeterBinder;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;

/**
 * The inbox's table as gauges: {@value #PENDING}, {@value #RUNNING}, {@value #DEAD} and {@value #OLDEST_AGE} (how
 * long the oldest unfinished delivery has waited; 0 when none). One query serves all four for a second, so a scrape
 * costs one query; a database that cannot be read gives NaN.
 */
public final class InboxMeters implements MeterBinder {

    /** Gauge of deliveries waiting for a worker. */
    public static final String PENDING = "payhawk.webhooks.inbox.pending";
    /** Gauge of deliveries a worker holds. */
    public static final String RUNNING = "payhawk.webhooks.inbox.running";
    /** Gauge of dead deliveries waiting for a replay. */
    public static final String DEAD = "payhawk.webhooks.inbox.dead";
    /** Time gauge of the oldest unfinished delivery's wait. */
    public static final String OLDEST_AGE = "payhawk.webhooks.inbox.oldest.age";

    private static final Duration FRESH_FOR = Duration.ofSeconds(1);

    private final WebhookInbox inbox;
    private final Clock clock;
    private volatile Reading last;

    /** Gauges of {@code inbox}. */
    public InboxMeters(WebhookInbox inbox) {
        this(inbox, Clock.systemUTC());
    }

    InboxMeters(WebhookInbox inbox, Clock clock) {
        this.inbox = inbox;
        this.clock = clock;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        gauge(registry, PENDING, "deliveries waiting for a worker", InboxStatistics::pending);
        gauge(registry, RUNNING, "deliveries a worker holds", InboxStatistics::running);
        gauge(registry, DEAD, "dead deliveries waiting for a replay", InboxStatistics::dead);
        TimeGauge.builder(OLDEST_AGE, this, TimeUnit.MILLISECONDS, meters -> meters.read(statistics ->
                        statistics.oldestUnfinishedAge(clock.instant()).orElse(Duration.ZERO).toMillis()))
                .description("how long the oldest unfinished inbox delivery has waited")
                .register(registry);
    }

    private void gauge(MeterRegistry registry, String name, String description, ToDoubleFunction<InboxStatistics> value) {
        Gauge.builder(name, this, meters -> meters.read(value)).description(description).register(registry);
    }

    private double read(ToDoubleFunction<InboxStatistics> value) {
        Instant now = clock.instant();
        Reading reading = last;
        if (reading == null || reading.at.plus(FRESH_FOR).isBefore(now)) {
            try {
                reading = new Reading(now, inbox.statistics());
            } catch (RuntimeException e) {
                return Double.NaN;
            }
            last = reading;
        }
        return value.applyAsDouble(reading.statistics);
    }

    private record Reading(Instant at, InboxStatistics statistics) {
    }
}
