package io.github.payhawk4j.operation;

import io.github.payhawk4j.http.ApiRequest;
import io.github.payhawk4j.http.ApiTransport;
import io.github.payhawk4j.http.LoopbackHosts;
import io.github.payhawk4j.http.ResponseReader;
import io.github.payhawk4j.model.Page;
import io.github.payhawk4j.model.webhook.EventType;
import io.github.payhawk4j.model.webhook.NewWebhookSubscription;
import io.github.payhawk4j.model.webhook.WebhookSubscription;
import io.github.payhawk4j.model.webhook.WebhookSubscriptionStatus;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/** The webhook subscription operations of one account, and {@code ensure}, which combines two of them. */
final class WebhookSubscriptionOperations {

    private final ApiTransport transport;
    private final String accountId;
    private final ResponseReader<WebhookSubscription> subscription;
    private final ResponseReader<Page<WebhookSubscription>> subscriptionPage;

    WebhookSubscriptionOperations(ApiTransport transport, String accountId) {
        this.transport = transport;
        this.accountId = accountId;
        this.subscription = transport.json(WebhookSubscription.class);
        this.subscriptionPage = transport.json(transport.type(Page.class, WebhookSubscription.class));
    }

    Operation<WebhookSubscription> create(EventType eventType, String callbackUrl) {
        Objects.requireNonNull(eventType, "eventType");
        requireHttps(callbackUrl);
        return new Operation<>(transport.withJsonBody(ApiRequest.of("POST", "accounts", accountId, "webhooks"),
                NewWebhookSubscription.of(eventType, callbackUrl)), subscription);
    }

    Operation<List<WebhookSubscription>> list() {
        return new Operation<>(ApiRequest.of("GET", "accounts", accountId, "webhooks"), subscriptionPage).map(Page::items);
    }

    Operation<WebhookSubscription> get(String subscriptionId) {
        return new Operation<>(ApiRequest.of("GET", "accounts", accountId, "webhooks", subscriptionId), subscription);
    }

    Operation<Void> delete(String subscriptionId) {
        return new Operation<>(ApiRequest.of("DELETE", "accounts", accountId, "webhooks", subscriptionId),
                ApiTransport.noContent());
    }

    /**
     * The active subscription of {@code callbackUrl} to {@code eventType}, created only if there is none; written
     * once for both views, which differ only in how {@code sender} sends each operation.
     *
     * @throws IllegalArgumentException if the callback URL is not an absolute HTTPS URL, before anything is sent
     */
    CompletableFuture<WebhookSubscription> ensure(EventType eventType, String callbackUrl, Sender sender) {
        Objects.requireNonNull(eventType, "eventType");
        requireHttps(callbackUrl);
        return sender.send(list()).thenCompose(existing -> findActive(existing, eventType, callbackUrl)
                .map(CompletableFuture::completedFuture)
                .orElseGet(() -> sender.send(create(eventType, callbackUrl))));
    }

    private static Optional<WebhookSubscription> findActive(List<WebhookSubscription> subscriptions, EventType eventType,
                                                            String callbackUrl) {
        return subscriptions.stream()
                .filter(s -> eventType.equals(s.eventType()) && callbackUrl.equals(s.callbackUrl())
                        && WebhookSubscriptionStatus.ACTIVE.equals(s.status()))
                .findFirst();
    }

    /** Payhawk only delivers to HTTPS; loopback {@code http} is allowed for local sandboxes. */
    private static void requireHttps(String callbackUrl) {
        Objects.requireNonNull(callbackUrl, "callbackUrl");
        URI uri;
        try {
            uri = new URI(callbackUrl);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("callbackUrl is not a valid URL: " + e.getMessage(), e);
        }
        if (uri.getHost() == null || !uri.isAbsolute()) {
            throw new IllegalArgumentException("callbackUrl must be an absolute https:// URL with a host, was " + callbackUrl);
        }
        boolean https = "https".equalsIgnoreCase(uri.getScheme());
        boolean loopbackHttp = "http".equalsIgnoreCase(uri.getScheme()) && LoopbackHosts.isLoopback(uri.getHost());
        if (!https && !loopbackHttp) {
            throw new IllegalArgumentException("callbackUrl must use https:// (Payhawk only delivers to HTTPS), was " + callbackUrl);
        }
    }
}
