package io.github.payhawk4j.service;

import io.github.payhawk4j.model.webhook.EventType;
import io.github.payhawk4j.model.webhook.WebhookSubscription;
import io.github.payhawk4j.model.webhook.WebhookSubscriptionStatus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The subscriptions of one (event type, callback URL) in a listing, as {@code ensure} decides on them: the active
 * ones oldest first ({@code createdAt}, then id), and those Payhawk deactivated. Every node that sees the oldest
 * active subscription keeps it and deletes the others, so concurrent {@code ensure} calls agree and converge.
 *
 * @param active               the active matches, oldest first
 * @param deactivatedByPayhawk the matches Payhawk deactivated
 */
record SubscriptionMatches(List<WebhookSubscription> active, List<WebhookSubscription> deactivatedByPayhawk) {

    private static final Comparator<WebhookSubscription> OLDEST_FIRST = Comparator
            .comparing(WebhookSubscription::createdAt, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(WebhookSubscription::id, Comparator.nullsLast(Comparator.naturalOrder()));

    /**
     * The matches in {@code listed}, plus {@code created} (may be null) in case the listing does not show it yet.
     */
    static SubscriptionMatches of(List<WebhookSubscription> listed, EventType eventType, String callbackUrl,
                                  WebhookSubscription created) {
        List<WebhookSubscription> active = new ArrayList<>();
        List<WebhookSubscription> deactivated = new ArrayList<>();
        for (WebhookSubscription subscription : listed) {
            if (!eventType.equals(subscription.eventType()) || !callbackUrl.equals(subscription.callbackUrl())) {
                continue;
            }
            if (WebhookSubscriptionStatus.ACTIVE.equals(subscription.status())) {
                active.add(subscription);
            } else if (WebhookSubscriptionStatus.DEACTIVATED_BY_PAYHAWK.equals(subscription.status())) {
                deactivated.add(subscription);
            }
        }
        if (created != null && active.stream().noneMatch(s -> Objects.equals(s.id(), created.id()))) {
            active.add(created);
        }
        active.sort(OLDEST_FIRST);
        return new SubscriptionMatches(List.copyOf(active), List.copyOf(deactivated));
    }

    /** Whether there is an active match. */
    boolean anyActive() {
        return !active.isEmpty();
    }

    /** The subscription every node keeps: the oldest active match. */
    WebhookSubscription keeper() {
        return active.get(0);
    }

    /** The active matches besides the keeper, which {@code ensure} deletes. */
    List<WebhookSubscription> duplicates() {
        return active.subList(1, active.size());
    }
}
