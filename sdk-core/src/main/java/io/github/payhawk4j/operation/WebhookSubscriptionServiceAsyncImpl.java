package io.github.payhawk4j.operation;

import io.github.payhawk4j.model.webhook.EnsuredSubscription;
import io.github.payhawk4j.model.webhook.EventType;
import io.github.payhawk4j.model.webhook.WebhookSubscription;
import io.github.payhawk4j.service.RawResponse;
import io.github.payhawk4j.service.RequestOptions;
import io.github.payhawk4j.service.async.WebhookSubscriptionServiceAsync;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/** The {@link WebhookSubscriptionServiceAsync}: the same operations as the blocking service, sent without blocking. */
public final class WebhookSubscriptionServiceAsyncImpl implements WebhookSubscriptionServiceAsync {

    private final OperationRunner runner;
    private final WebhookSubscriptionOperations operations;
    private final WithRawResponse raw = new Raw();

    /** The service of {@code accountId}, sending through {@code runner}. */
    public WebhookSubscriptionServiceAsyncImpl(OperationRunner runner, String accountId) {
        this(runner, new WebhookSubscriptionOperations(runner.transport(), accountId));
    }

    private WebhookSubscriptionServiceAsyncImpl(OperationRunner runner, WebhookSubscriptionOperations operations) {
        this.runner = runner;
        this.operations = operations;
    }

    @Override
    public WebhookSubscriptionServiceAsync withOptions(Consumer<RequestOptions.Builder> options) {
        return new WebhookSubscriptionServiceAsyncImpl(runner.withOptions(options), operations);
    }

    @Override
    public WithRawResponse withRawResponse() {
        return raw;
    }

    @Override
    public CompletableFuture<WebhookSubscription> create(EventType eventType, String callbackUrl) {
        return runner.valueAsync(() -> operations.create(eventType, callbackUrl));
    }

    @Override
    public CompletableFuture<List<WebhookSubscription>> list() {
        return runner.valueAsync(operations::list);
    }

    @Override
    public CompletableFuture<WebhookSubscription> get(String subscriptionId) {
        return runner.valueAsync(() -> operations.get(subscriptionId));
    }

    @Override
    public CompletableFuture<Void> delete(String subscriptionId) {
        return runner.valueAsync(() -> operations.delete(subscriptionId));
    }

    @Override
    public CompletableFuture<EnsuredSubscription> ensure(EventType eventType, String callbackUrl) {
        try {
            return operations.ensure(eventType, callbackUrl, runner::sendAsync);
        } catch (RuntimeException invalid) {
            return CompletableFuture.failedFuture(invalid);
        }
    }

    @Override
    public String toString() {
        return "WebhookSubscriptionServiceAsync";
    }

    private final class Raw implements WithRawResponse {

        @Override
        public CompletableFuture<RawResponse<WebhookSubscription>> create(EventType eventType, String callbackUrl) {
            return runner.rawAsync(() -> operations.create(eventType, callbackUrl));
        }

        @Override
        public CompletableFuture<RawResponse<List<WebhookSubscription>>> list() {
            return runner.rawAsync(operations::list);
        }

        @Override
        public CompletableFuture<RawResponse<WebhookSubscription>> get(String subscriptionId) {
            return runner.rawAsync(() -> operations.get(subscriptionId));
        }

        @Override
        public CompletableFuture<RawResponse<Void>> delete(String subscriptionId) {
            return runner.rawAsync(() -> operations.delete(subscriptionId));
        }
    }
}
