package io.github.payhawk4j.examples.snippets;

import io.github.payhawk4j.client.PayhawkClient;
import io.github.payhawk4j.sandbox.CardPurchase;
import io.github.payhawk4j.sandbox.DeliveryStatistics;
import io.github.payhawk4j.sandbox.PayhawkSandbox;
import io.github.payhawk4j.model.expense.Expense;
import io.github.payhawk4j.model.webhook.EventType;
import io.github.payhawk4j.webhooks.WebhookDispatcher;
import io.github.payhawk4j.webhooks.WebhookVerifier;
import io.github.payhawk4j.webhooks.event.ExpenseReviewed;
import io.github.payhawk4j.webhooks.key.ApiPublicKeySource;
import io.github.payhawk4j.webhooks.servlet.PayhawkWebhookFilter;
import jakarta.servlet.DispatcherType;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The sandbox code shown in docs/testing.md; {@code TestingSnippetsTest} runs it. */
final class TestingSnippets {

    private TestingSnippets() {
    }

    static Expense clientAgainstTheSandbox() {
        // tag::sandbox-client[]
        try (PayhawkSandbox sandbox = PayhawkSandbox.start()) {          // loopback, random port, fresh key
            PayhawkClient client = PayhawkClient.builder()
                    .apiKey(sandbox.apiKey())
                    .accountId(sandbox.accountId())
                    .baseUrl(sandbox.baseUrl())
                    .build();

            String expenseId = sandbox.account().createCardExpense(
                    CardPurchase.of("Lufthansa", new BigDecimal("412.30"), "EUR"));
            sandbox.account().reviewExpense(expenseId);

            Expense expense = client.expenses().get(expenseId);        // the code under test calls this
            // expense.status() is "ready", expense.reconciliation().totalAmount() is 412.30
            return expense;
        }
        // end::sandbox-client[]
    }

    static List<String> deliveriesFromTheSandbox() throws Exception {
        List<String> reviewed = new CopyOnWriteArrayList<>();
        DeliveryStatistics statistics;
        try (PayhawkSandbox sandbox = PayhawkSandbox.start()) {
            PayhawkClient client = PayhawkClient.builder()
                    .apiKey(sandbox.apiKey()).accountId(sandbox.accountId()).baseUrl(sandbox.baseUrl()).build();
            Server server = new Server();
            ServerConnector connector = new ServerConnector(server);
            connector.setHost("127.0.0.1");
            server.addConnector(connector);
            // tag::sandbox-deliveries[]
            WebhookDispatcher dispatcher = WebhookDispatcher.builder()
                    .verifier(WebhookVerifier.builder()
                            .publicKeySource(ApiPublicKeySource.of(client))   // the sandbox's own key
                            .build())
                    .client(client)
                    .on(ExpenseReviewed.class, (event, context) -> reviewed.add(context.expense().id()))
                    .build();
            ServletContextHandler app = new ServletContextHandler("/");
            app.addFilter(new FilterHolder(new PayhawkWebhookFilter(dispatcher)), "/payhawk/webhooks",
                    EnumSet.of(DispatcherType.REQUEST));
            server.setHandler(app);
            server.start();

            String callbackUrl = "http://127.0.0.1:" + connector.getLocalPort() + "/payhawk/webhooks";
            client.webhooks().ensure(EventType.EXPENSE_REVIEWED, callbackUrl);   // loopback http is allowed here

            String expenseId = sandbox.account().createCardExpense(CardPurchase.of("Hotel Adlon", new BigDecimal("250.00"), "EUR"));
            sandbox.account().reviewExpense(expenseId);            // a signed POST to your endpoint, retried on non-2xx
            sandbox.awaitDeliveries(Duration.ofSeconds(30));    // returns as soon as none is pending
            statistics = sandbox.deliveryStatistics();    // delivered, failed, retries, ...
            // end::sandbox-deliveries[]
            server.stop();
        }
        if (statistics.delivered() != 1) {
            throw new IllegalStateException("expected one delivered event, got " + statistics);
        }
        return reviewed;
    }
}
