package io.github.payhawk4j.model.webhook;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.github.payhawk4j.model.OpenEnum;

import java.util.Map;

/**
 * The status of a webhook subscription ({@code IWebhookSubscription.status}).
 * Open: unknown values are kept, see {@link OpenEnum}.
 */
public final class WebhookSubscriptionStatus extends OpenEnum<WebhookSubscriptionStatus.Known> {

    public static final WebhookSubscriptionStatus ACTIVE = new WebhookSubscriptionStatus("active", Known.ACTIVE);
    public static final WebhookSubscriptionStatus DEACTIVATED_BY_PAYHAWK =
            new WebhookSubscriptionStatus("deactivated_by_payhawk", Known.DEACTIVATED_BY_PAYHAWK);
    public static final WebhookSubscriptionStatus DEACTIVATED_BY_USER =
            new WebhookSubscriptionStatus("deactivated_by_user", Known.DEACTIVATED_BY_USER);

    private static final Map<String, WebhookSubscriptionStatus> KNOWN = index(
            ACTIVE, DEACTIVATED_BY_PAYHAWK, DEACTIVATED_BY_USER);

    private WebhookSubscriptionStatus(String value, Known known) {
        super(value, known, known != Known.UNKNOWN);
    }

    /** The constant for {@code value}, or a new unknown instance holding it. */
    @JsonCreator
    public static WebhookSubscriptionStatus of(String value) {
        WebhookSubscriptionStatus known = KNOWN.get(value);
        return known != null ? known : new WebhookSubscriptionStatus(value, Known.UNKNOWN);
    }

    /**
     * The values of {@link WebhookSubscriptionStatus} this SDK version knows, as a Java enum to {@code switch} over
     * ({@link WebhookSubscriptionStatus#known()}); {@link #UNKNOWN} stands for any value Payhawk added later.
     */
    public enum Known {
        /** {@code "active"}. */
        ACTIVE,
        /** {@code "deactivated_by_payhawk"}. */
        DEACTIVATED_BY_PAYHAWK,
        /** {@code "deactivated_by_user"}. */
        DEACTIVATED_BY_USER,
        /** A value this SDK version does not know; {@link WebhookSubscriptionStatus#value()} has it as sent. */
        UNKNOWN
    }
}
