package io.github.payhawk4j.spring.boot.health;

import io.github.payhawk4j.client.PayhawkClient;
import io.github.payhawk4j.model.webhook.EventType;
import io.github.payhawk4j.model.webhook.WebhookSubscription;
import io.github.payhawk4j.model.webhook.WebhookSubscriptionStatus;
import io.github.payhawk4j.spring.boot.PayhawkProperties;
import io.github.payhawk4j.spring.boot.RequiredSubscriptions;
import io.github.payhawk4j.webhooks.catchup.CatchUpResult;
import io.github.payhawk4j.webhooks.catchup.DeliveryGap;
import io.github.payhawk4j.webhooks.catchup.MonitorReport;
import io.github.payhawk4j.webhooks.catchup.SubscriptionCheck;
import io.github.payhawk4j.webhooks.catchup.SubscriptionMonitor;
import io.github.payhawk4j.webhooks.inbox.InboxStatistics;
import io.github.payhawk4j.webhooks.inbox.WebhookInbox;
import io.github.payhawk4j.webhooks.key.PublicKeySource;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Payhawk integration's health, whatever Spring Boot's health API: UP when Payhawk's webhook key is held or can
 * be fetched, every subscription the application ensures is active (with the monitor: its last check found no gap
 * left open and did not fail), and the inbox's backlog, oldest wait and dead count are within
 * {@code payhawk.health.*}; DOWN otherwise, with details saying which. Thread-safe.
 */
public final class PayhawkHealthCheck {

    private final PublicKeySource keySource;
    private final PayhawkClient client;
    private final RequiredSubscriptions subscriptions;
    private final SubscriptionMonitor monitor;
    private final WebhookInbox inbox;
    private final PayhawkProperties.Health thresholds;
    private final Clock clock;

    /**
     * A check of these parts.
     *
     * @param keySource       Payhawk's webhook key
     * @param client          lists the subscriptions
     * @param subscriptions   the subscriptions that must be active, or null when they are not checked
     * @param monitor         the monitor whose last report says how the subscriptions are, or null to list them
     *                        through {@code client} on every check
     * @param inbox           the inbox, or null outside mode inbox
     * @param thresholds      when the inbox makes health DOWN
     * @param clock           for the oldest delivery's wait
     */
    public PayhawkHealthCheck(PublicKeySource keySource, PayhawkClient client, RequiredSubscriptions subscriptions,
                              SubscriptionMonitor monitor, WebhookInbox inbox,
                              PayhawkProperties.Health thresholds, Clock clock) {
        this.keySource = keySource;
        this.client = client;
        this.subscriptions = subscriptions;
        this.monitor = monitor;
        this.inbox = inbox;
        this.thresholds = thresholds;
        this.clock = clock;
    }

    /** {@return the health now; never throws} */
    public Report check() {
        Map<String, Object> details = new LinkedHashMap<>();
        boolean up = checkKey(details);
        if (monitor != null) {
            up &= reportSubscriptions(details);
        } else if (subscriptions != null) {
            up &= checkSubscriptions(details);
        }
        if (inbox != null) {
            up &= checkInbox(details);
        }
        return new Report(up, details);
    }

    private boolean checkKey(Map<String, Object> details) {
        try {
            int keys = keySource.currentKeys().size();
            details.put("webhookKey", keys > 0 ? "available" : "none");
            return keys > 0;
        } catch (RuntimeException e) {
            details.put("webhookKey", "unavailable: " + e.getMessage());
            return false;
        }
    }

    /** The monitor's last report, without calling the API: UP unless a check failed or a gap is not closed. */
    private boolean reportSubscriptions(Map<String, Object> details) {
        Optional<MonitorReport> last = monitor.lastReport();
        if (last.isEmpty()) {
            details.put("subscriptions", "not checked yet");   // the first check is on its way
            return true;
        }
        Map<String, String> states = new LinkedHashMap<>();
        states.put("checkedAt", last.get().checkedAt().toString());
        for (SubscriptionCheck check : last.get().checks()) {
            states.put(check.required().eventType().value(), describe(check));
        }
        details.put("subscriptions", states);
        return last.get().healthy();
    }

    private static String describe(SubscriptionCheck check) {
        if (check.status() == SubscriptionCheck.Status.FAILED) {
            return "check failed: " + check.failure().orElse("unknown") + "; tried again at the next check";
        }
        String state = check.status() == SubscriptionCheck.Status.CREATED ? "created" : "active";
        if (check.gap().isEmpty()) {
            return state;
        }
        DeliveryGap gap = check.gap().get();
        String missed = state + "; deliveries may be missing from " + gap.from() + " to " + gap.to() + ": ";
        if (check.catchUp().isEmpty()) {
            return missed + "open, not caught up (mode inbox): reconcile it from the API";
        }
        CatchUpResult result = check.catchUp().get();
        return switch (result.outcome()) {
            case CLOSED -> missed + "closed, " + result.synthesized() + " event(s) caught up (" + result.processed()
                    + " handled, " + result.duplicates() + " already handled)";
            case NOT_RECONSTRUCTABLE -> missed + "not reconstructable from the API: reconcile it";
            case FAILED -> missed + "open, catch-up failed (" + result.failure().orElse("unknown")
                    + "); tried again at the next check";
        };
    }

    private boolean checkSubscriptions(Map<String, Object> details) {
        List<WebhookSubscription> all;
        try {
            all = client.webhooks().list();
        } catch (RuntimeException e) {
            details.put("subscriptions", "could not be listed: " + e.getMessage());
            return false;
        }
        Map<String, String> states = new LinkedHashMap<>();
        boolean up = true;
        for (EventType type : subscriptions.eventTypes()) {
            boolean active = all.stream().anyMatch(subscription -> type.equals(subscription.eventType())
                    && subscriptions.callbackUrl().equals(subscription.callbackUrl())
                    && WebhookSubscriptionStatus.ACTIVE.equals(subscription.status()));
            states.put(type.value(), active ? "active" : "missing or deactivated");
            up &= active;
        }
        details.put("subscriptions", states);
        return up;
    }

    private boolean checkInbox(Map<String, Object> details) {
        InboxStatistics statistics;
        try {
            statistics = inbox.statistics();
        } catch (RuntimeException e) {
            details.put("inbox", "could not be read: " + e.getMessage());
            return false;
        }
        Optional<Duration> oldest = statistics.oldestUnfinishedAge(clock.instant());
        Map<String, Object> inboxDetails = new LinkedHashMap<>();
        inboxDetails.put("pending", statistics.pending());
        inboxDetails.put("running", statistics.running());
        inboxDetails.put("dead", statistics.dead());
        oldest.ifPresent(age -> inboxDetails.put("oldestUnfinishedAge", age.toString()));
        details.put("inbox", inboxDetails);
        boolean up = true;
        if (statistics.pending() > thresholds.getMaxInboxPending()) {
            inboxDetails.put("pendingOverLimit", thresholds.getMaxInboxPending());
            up = false;
        }
        if (oldest.isPresent() && oldest.get().compareTo(thresholds.getMaxInboxAge()) > 0) {
            inboxDetails.put("oldestOverLimit", thresholds.getMaxInboxAge().toString());
            up = false;
        }
        if (statistics.dead() > thresholds.getMaxInboxDead()) {
            inboxDetails.put("deadOverLimit", thresholds.getMaxInboxDead());
            up = false;
        }
        return up;
    }

    /**
     * The outcome of one check.
     *
     * @param up      whether everything checked is healthy
     * @param details what was checked, by name, for the health endpoint
     */
    public record Report(boolean up, Map<String, Object> details) {

        /** Copies the details. */
        public Report {
            details = Map.copyOf(details);
        }
    }
}
