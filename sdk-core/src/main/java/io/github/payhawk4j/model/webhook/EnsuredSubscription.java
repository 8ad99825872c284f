package io.github.payhawk4j.model.webhook;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@code client.webhooks().ensure(eventType, callbackUrl)} found and did.
 *
 * <p>When Payhawk had deactivated the subscription ({@code deactivated_by_payhawk}, e.g. after deliveries kept
 * failing) and this call replaced it, deliveries between the deactivation and the new subscription's
 * {@code createdAt} were never made: {@link #deliveryGapSince()} says from when to catch up (list what changed
 * since then). The gap is reported by the call that replaced the subscription, not by later ones.
 *
 * @param subscription        the one active subscription for the event type and callback URL: the oldest, so
 *                            that every node running {@code ensure} at the same time returns the same one
 * @param created             whether this call created a subscription (kept, or deleted as a duplicate)
 * @param replacedDeactivated the subscriptions for the same event type and URL that Payhawk had deactivated,
 *                            when this call found no active one and replaced them; otherwise empty
 * @param removedDuplicates   the other active subscriptions for the same event type and URL that this call deleted
 *                            (left by nodes ensuring at the same time), oldest first
 */
public record EnsuredSubscription(WebhookSubscription subscription, boolean created,
                                  List<WebhookSubscription> replacedDeactivated,
                                  List<WebhookSubscription> removedDuplicates) {

    /** Copies the lists, so the record stays immutable. */
    public EnsuredSubscription {
        Objects.requireNonNull(subscription, "subscription");
        replacedDeactivated = List.copyOf(replacedDeactivated);
        removedDuplicates = List.copyOf(removedDuplicates);
    }

    /**
     * If this call replaced a subscription Payhawk had deactivated, the earliest moment deliveries may have been
     * missed: the {@code createdAt} of the latest replaced subscription (it was deactivated some time after; the
     * API does not say when). Deliveries resume at {@code subscription().createdAt()}. Empty when nothing was
     * replaced.
     */
    public Optional<Instant> deliveryGapSince() {
        return replacedDeactivated.stream().map(WebhookSubscription::createdAt).filter(Objects::nonNull)
                .max(Instant::compareTo);
    }
}
