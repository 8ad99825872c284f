package io.github.payhawk4j.model.webhook;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.github.payhawk4j.model.OpenEnum;

import java.util.Map;

/**
 * The status of a webhook subscription ({@code IWebhookSubscription.status}).
 * Open: unknown values are kept, see {@link OpenEnum}.
 */
public final class WebhookSubscriptionStatus extends OpenEnum {

    public static final WebhookSubscriptionStatus ACTIVE = new WebhookSubscriptionStatus("active", true);
    public static final WebhookSubscriptionStatus DEACTIVATED_BY_PAYHAWK =
            new WebhookSubscriptionStatus("deactivated_by_payhawk", true);
    public static final WebhookSubscriptionStatus DEACTIVATED_BY_USER =
            new WebhookSubscriptionStatus("deactivated_by_user", true);

    private static final Map<String, WebhookSubscriptionStatus> KNOWN = index(
            ACTIVE, DEACTIVATED_BY_PAYHAWK, DEACTIVATED_BY_USER);

    private WebhookSubscriptionStatus(String value, boolean known) {
        super(value, known);
    }

    /** The constant for {@code value}, or a new unknown instance holding it. */
    @JsonCreator
    public static WebhookSubscriptionStatus of(String value) {
        WebhookSubscriptionStatus known = KNOWN.get(value);
        return known != null ? known : new WebhookSubscriptionStatus(value, false);
    }
}
