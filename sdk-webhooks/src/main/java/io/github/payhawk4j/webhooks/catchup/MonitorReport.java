package io.github.payhawk4j.webhooks.catchup;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The result of one {@link SubscriptionMonitor#check()}: one {@link SubscriptionCheck} per required subscription.
 *
 * @param checkedAt when the check started, by the monitor's clock
 * @param checks    the required subscriptions' results, in the order they were required
 */
public record MonitorReport(Instant checkedAt, List<SubscriptionCheck> checks) {

    /** Copies the list. */
    public MonitorReport {
        Objects.requireNonNull(checkedAt, "checkedAt");
        checks = List.copyOf(checks);
    }

    /** Whether every required subscription is {@link SubscriptionCheck#healthy() healthy}. */
    public boolean healthy() {
        return checks.stream().allMatch(SubscriptionCheck::healthy);
    }

    /** The gaps this check found, closed or not. */
    public List<DeliveryGap> gaps() {
        return checks.stream().flatMap(check -> check.gap().stream()).toList();
    }
}
