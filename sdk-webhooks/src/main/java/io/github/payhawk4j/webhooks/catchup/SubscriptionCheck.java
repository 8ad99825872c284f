package io.github.payhawk4j.webhooks.catchup;

import io.github.payhawk4j.model.webhook.WebhookSubscription;

import java.util.Objects;
import java.util.Optional;

/**
 * What one {@link SubscriptionMonitor#check()} found for one required subscription.
 *
 * @param required     the subscription the application needs
 * @param status       what the check found
 * @param subscription the active subscription after the check, unless the check failed
 * @param gap          the window in which deliveries may be missing, when one was found
 * @param catchUp      what the catch-up did about the gap, when there is a gap and a catch-up is configured
 * @param failure      why the check failed, when {@code status} is {@link Status#FAILED}
 */
public record SubscriptionCheck(RequiredSubscription required, Status status,
                                Optional<WebhookSubscription> subscription, Optional<DeliveryGap> gap,
                                Optional<CatchUpResult> catchUp, Optional<String> failure) {

    /** What a check found. */
    public enum Status {
        /** The subscription was active. */
        ACTIVE,
        /**
         * There was no active subscription (never created, deactivated by Payhawk, or deleted) and the monitor
         * created one.
         */
        CREATED,
        /** The API could not be asked, or the watermark store failed; nothing was changed. */
        FAILED
    }

    /** Checks the fields are present. */
    public SubscriptionCheck {
        Objects.requireNonNull(required, "required");
        Objects.requireNonNull(status, "status");
        subscription = subscription == null ? Optional.empty() : subscription;
        gap = gap == null ? Optional.empty() : gap;
        catchUp = catchUp == null ? Optional.empty() : catchUp;
        failure = failure == null ? Optional.empty() : failure;
    }

    /**
     * Whether nothing needs attention: the check worked, and there was no gap or the catch-up closed it. A gap
     * without a catch-up, one the API cannot reconstruct, and one whose catch-up failed are not healthy.
     */
    public boolean healthy() {
        return status != Status.FAILED && (gap.isEmpty() || catchUp.map(CatchUpResult::closed).orElse(false));
    }
}
