package io.github.payhawk4j.operation;

import io.github.payhawk4j.http.ApiRequest;
import io.github.payhawk4j.http.ApiTransport;
import io.github.payhawk4j.http.SecureUrl;
import io.github.payhawk4j.http.ResponseReader;
import io.github.payhawk4j.error.NotFoundException;
import io.github.payhawk4j.model.webhook.EnsuredSubscription;
import io.github.payhawk4j.model.webhook.EventType;
import io.github.payhawk4j.model.webhook.NewWebhookSubscription;
import io.github.payhawk4j.model.webhook.WebhookSubscription;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** The webhook subscription operations of one account, and {@code ensure}, which combines two of them. */
final class WebhookSubscriptionOperations {

    private final ApiTransport transport;
    private final String accountId;
    private final ResponseReader<WebhookSubscription> subscription;
    private final ResponseReader<List<WebhookSubscription>> subscriptionList;

    WebhookSubscriptionOperations(ApiTransport transport, String accountId) {
        this.transport = transport;
        this.accountId = accountId;
        this.subscription = transport.json(WebhookSubscription.class);
        this.subscriptionList = transport.unpagedList(WebhookSubscription.class);
    }

    Operation<WebhookSubscription> create(EventType eventType, String callbackUrl) {
        Objects.requireNonNull(eventType, "eventType");
        requireHttps(callbackUrl);
        return new Operation<>(transport.withJsonBody(ApiRequest.to("POST", "/accounts/{accountId}/webhooks", accountId),
                NewWebhookSubscription.of(eventType, callbackUrl)), subscription);
    }

    Operation<List<WebhookSubscription>> list() {
        return new Operation<>(ApiRequest.to("GET", "/accounts/{accountId}/webhooks", accountId), subscriptionList);
    }

    Operation<WebhookSubscription> get(String subscriptionId) {
        return new Operation<>(ApiRequest.to("GET", "/accounts/{accountId}/webhooks/{subscriptionId}", accountId, subscriptionId), subscription);
    }

    Operation<Void> delete(String subscriptionId) {
        return new Operation<>(ApiRequest.to("DELETE", "/accounts/{accountId}/webhooks/{subscriptionId}", accountId, subscriptionId),
                ApiTransport.noContent());
    }

    /**
     * The one active subscription of {@code callbackUrl} to {@code eventType}, created only if there is none, and
     * the extras concurrent callers created deleted (see {@link SubscriptionMatches}); written once for both views,
     * which differ only in how {@code sender} sends each operation.
     *
     * @throws IllegalArgumentException if the callback URL is not an absolute HTTPS URL, before anything is sent
     */
    CompletableFuture<EnsuredSubscription> ensure(EventType eventType, String callbackUrl, Sender sender) {
        Objects.requireNonNull(eventType, "eventType");
        requireHttps(callbackUrl);
        return sender.send(list()).thenCompose(listed -> {
            SubscriptionMatches found = SubscriptionMatches.of(listed, eventType, callbackUrl, null);
            if (found.anyActive()) {
                return converge(found, false, List.of(), sender);
            }
            return sender.send(create(eventType, callbackUrl)).thenCompose(created -> sender.send(list())
                    .thenCompose(after -> converge(SubscriptionMatches.of(after, eventType, callbackUrl, created), true,
                            found.deactivatedByPayhawk(), sender)));
        });
    }

    /** Deletes the duplicates every node agrees on; one another node deleted first counts as deleted. */
    private CompletableFuture<EnsuredSubscription> converge(SubscriptionMatches matches, boolean created,
                                                            List<WebhookSubscription> replaced, Sender sender) {
        CompletableFuture<?>[] deletions = matches.duplicates().stream()
                .map(duplicate -> sender.send(delete(duplicate.id())).exceptionally(WebhookSubscriptionOperations::goneIsDone))
                .toArray(CompletableFuture[]::new);
        return CompletableFuture.allOf(deletions)
                .thenApply(done -> new EnsuredSubscription(matches.keeper(), created, replaced, matches.duplicates()));
    }

    /** A deletion that failed only because the subscription was already gone counts as done. */
    private static Void goneIsDone(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof NotFoundException) {
            return null;
        }
        throw failure instanceof CompletionException completion ? completion : new CompletionException(cause);
    }

    /** Payhawk only delivers to HTTPS; loopback {@code http} is allowed for local sandboxes; no user info. */
    private static void requireHttps(String callbackUrl) {
        Objects.requireNonNull(callbackUrl, "callbackUrl");
        SecureUrl.require("callbackUrl", callbackUrl, "Payhawk only delivers to HTTPS");
    }
}
