package io.github.payhawk4j.spring.boot.metrics;

import io.github.payhawk4j.webhooks.catchup.CatchUpResult;
import io.github.payhawk4j.webhooks.catchup.MonitorReport;
import io.github.payhawk4j.webhooks.catchup.SubscriptionCheck;
import io.micrometer.core.instrument.MeterRegistry;

import java.util.Locale;
import java.util.function.Consumer;

/**
 * The subscription monitor's reports as Micrometer counters, all tagged {@code event.type}: {@value #CHECKS}
 * ({@code status}: {@code active}, {@code created}, {@code failed}), {@value #GAPS} ({@code outcome}: {@code closed},
 * {@code not_reconstructable}, {@code failed}, {@code not_caught_up}) and {@value #EVENTS}, the catch-up's events
 * ({@code outcome}: {@code synthesized}, {@code processed}, {@code duplicate}). A gap whose catch-up failed, and the
 * events synthesized for it, are counted again at each check that tries it again.
 */
public final class MonitorMeters implements Consumer<MonitorReport> {

    /** Counter of subscription checks by status. */
    public static final String CHECKS = "payhawk.webhooks.monitor.checks";
    /** Counter of gaps found, by what the catch-up made of them. */
    public static final String GAPS = "payhawk.webhooks.monitor.gaps";
    /** Counter of events the catch-up synthesized, and of those how many it handled and found already handled. */
    public static final String EVENTS = "payhawk.webhooks.monitor.events";

    private final MeterRegistry meters;

    /** Counters in {@code meters}. */
    public MonitorMeters(MeterRegistry meters) {
        this.meters = meters;
    }

    @Override
    public void accept(MonitorReport report) {
        for (SubscriptionCheck check : report.checks()) {
            String eventType = check.required().eventType().value();
            meters.counter(CHECKS, "event.type", eventType, "status", tag(check.status().name())).increment();
            if (check.gap().isEmpty()) {
                continue;
            }
            String outcome = check.catchUp().map(result -> tag(result.outcome().name())).orElse("not_caught_up");
            meters.counter(GAPS, "event.type", eventType, "outcome", outcome).increment();
            check.catchUp().ifPresent(result -> countEvents(eventType, result));
        }
    }

    private void countEvents(String eventType, CatchUpResult result) {
        meters.counter(EVENTS, "event.type", eventType, "outcome", "synthesized").increment(result.synthesized());
        meters.counter(EVENTS, "event.type", eventType, "outcome", "processed").increment(result.processed());
        meters.counter(EVENTS, "event.type", eventType, "outcome", "duplicate").increment(result.duplicates());
    }

    private static String tag(String enumName) {
        return enumName.toLowerCase(Locale.ROOT);
    }
}
