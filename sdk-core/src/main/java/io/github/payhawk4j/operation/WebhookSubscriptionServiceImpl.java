package io.github.payhawk4j.operation;

import io.github.payhawk4j.model.webhook.EnsuredSubscription;
import io.github.payhawk4j.model.webhook.EventType;
import io.github.payhawk4j.model.webhook.WebhookSubscription;
import io.github.payhawk4j.service.RawResponse;
import io.github.payhawk4j.service.RequestOptions;
import io.github.payhawk4j.service.WebhookSubscriptionService;

import java.util.List;
import java.util.function.Consumer;

/** The blocking {@link WebhookSubscriptionService}. */
public final class WebhookSubscriptionServiceImpl implements WebhookSubscriptionService {

    private final OperationRunner runner;
    private final WebhookSubscriptionOperations operations;
    private final WithRawResponse raw = new Raw();

    /** The service of {@code accountId}, sending through {@code runner}. */
    public WebhookSubscriptionServiceImpl(OperationRunner runner, String accountId) {
        this(runner, new WebhookSubscriptionOperations(runner.transport(), accountId));
    }

    private WebhookSubscriptionServiceImpl(OperationRunner runner, WebhookSubscriptionOperations operations) {
        this.runner = runner;
        this.operations = operations;
    }

    @Override
    public WebhookSubscriptionService withOptions(Consumer<RequestOptions.Builder> options) {
        return new WebhookSubscriptionServiceImpl(runner.withOptions(options), operations);
    }

    @Override
    public WithRawResponse withRawResponse() {
        return raw;
    }

    @Override
    public WebhookSubscription create(EventType eventType, String callbackUrl) {
        return runner.value(operations.create(eventType, callbackUrl));
    }

    @Override
    public List<WebhookSubscription> list() {
        return runner.value(operations.list());
    }

    @Override
    public WebhookSubscription get(String subscriptionId) {
        return runner.value(operations.get(subscriptionId));
    }

    @Override
    public void delete(String subscriptionId) {
        runner.value(operations.delete(subscriptionId));
    }

    @Override
    public EnsuredSubscription ensure(EventType eventType, String callbackUrl) {
        return OperationRunner.outcome(operations.ensure(eventType, callbackUrl, runner::sendNow));
    }

    @Override
    public String toString() {
        return "WebhookSubscriptionService";
    }

    private final class Raw implements WithRawResponse {

        @Override
        public RawResponse<WebhookSubscription> create(EventType eventType, String callbackUrl) {
            return runner.raw(operations.create(eventType, callbackUrl));
        }

        @Override
        public RawResponse<List<WebhookSubscription>> list() {
            return runner.raw(operations.list());
        }

        @Override
        public RawResponse<WebhookSubscription> get(String subscriptionId) {
            return runner.raw(operations.get(subscriptionId));
        }

        @Override
        public RawResponse<Void> delete(String subscriptionId) {
            return runner.raw(operations.delete(subscriptionId));
        }
    }
}
