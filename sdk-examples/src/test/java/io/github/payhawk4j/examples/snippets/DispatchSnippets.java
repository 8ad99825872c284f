package io.github.payhawk4j.examples.snippets;

import com.sun.net.httpserver.HttpExchange;
import io.github.payhawk4j.client.PayhawkClient;
import io.github.payhawk4j.model.expense.Expense;
import io.github.payhawk4j.model.expense.ExpensePayment;
import io.github.payhawk4j.model.expense.ExpenseWorkflowStatus;
import io.github.payhawk4j.model.supplier.Supplier;
import io.github.payhawk4j.webhooks.HandlerContext;
import io.github.payhawk4j.webhooks.WebhookDispatcher;
import io.github.payhawk4j.webhooks.WebhookResponse;
import io.github.payhawk4j.webhooks.WebhookVerifier;
import io.github.payhawk4j.webhooks.delivery.InMemoryDeliveryStore;
import io.github.payhawk4j.webhooks.event.ExpenseApproved;
import io.github.payhawk4j.webhooks.event.ExpenseDeleted;
import io.github.payhawk4j.webhooks.event.ExpenseEvent;
import io.github.payhawk4j.webhooks.event.PaymentEvent;
import io.github.payhawk4j.webhooks.event.SupplierEvent;
import io.github.payhawk4j.webhooks.key.ApiPublicKeySource;
import io.github.payhawk4j.webhooks.key.FixedPublicKeySource;
import io.github.payhawk4j.webhooks.testing.WebhookSigner;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The dispatch code shown in docs/webhooks.md; {@code DispatchSnippetsTest} runs the testing one. */
final class DispatchSnippets {

    private DispatchSnippets() {
    }

    /** Stands in for the application's own code in the snippets. */
    interface Ledger {
        void book(Expense expense);

        void cancel(String expenseId);

        void refreshPayments(String expenseId);

        void upsertSupplier(Supplier supplier);
    }

    static WebhookDispatcher buildDispatcher(PayhawkClient client, Ledger ledger) {
        // tag::build-dispatcher[]
        WebhookVerifier verifier = WebhookVerifier.builder()
                .publicKeySource(ApiPublicKeySource.of(client))   // Payhawk's key, fetched once and cached
                .build();

        WebhookDispatcher dispatcher = WebhookDispatcher.builder()
                .verifier(verifier)
                .client(client)                                   // lets handlers call context.expense() etc.
                .on(ExpenseApproved.class, (event, context) -> ledger.book(context.expense()))
                .on(ExpenseDeleted.class, (event, context) -> ledger.cancel(event.expenseId()))
                .on(PaymentEvent.class, (event, context) -> ledger.refreshPayments(event.expenseId()))
                .on(SupplierEvent.class, (event, context) -> ledger.upsertSupplier(context.supplier()))
                .build();
        // end::build-dispatcher[]
        return dispatcher;
    }

    static WebhookDispatcher configureDispatcher(WebhookVerifier verifier, PayhawkClient client,
                                                 org.slf4j.Logger log) {
        // tag::configure-dispatcher[]
        WebhookDispatcher dispatcher = WebhookDispatcher.builder()
                .verifier(verifier)
                .client(client)
                .deliveryStore(InMemoryDeliveryStore.builder()
                        .maxEntries(50_000)                      // default 100,000
                        .ttl(Duration.ofHours(48))               // default 24 hours
                        .minRetention(Duration.ofMinutes(30))    // default 15 minutes
                        .build())
                .maxBodyBytes(256 * 1024)                        // default 1 MiB; larger bodies get 413
                .bodyReadTimeout(Duration.ofSeconds(5))          // default 10 s; slower bodies get 408
                .servesAccounts("acc_8c3f")                      // default every account; others get 401
                .on(ExpenseEvent.class, (event, context) -> log.info("expense {}", event.expenseId()))
                .onUnhandled((event, context) -> log.info("ignored {}", event.eventType()))
                .onError((event, failure) -> log.error("delivery {} failed", event.deliveryId(), failure))
                .build();
        // end::configure-dispatcher[]
        return dispatcher;
    }

    static List<Object> context(HandlerContext context) {
        // tag::context[]
        Expense expense = context.expense();                     // GET .../expenses/{expenseId}, once per delivery
        Expense same = context.expense();                        // no second request: the same object
        List<ExpensePayment> payments = context.payments();      // GET .../expenses/{expenseId}/payments
        ExpenseWorkflowStatus workflow = context.workflow();     // GET .../expenses/{expenseId}/workflow
        // end::context[]
        return List.of(expense, same, payments, workflow);
    }

    static void handleWithJdkHttpServer(HttpExchange exchange, WebhookDispatcher dispatcher) throws IOException {
        // tag::framework-neutral[]
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readNBytes(dispatcher.maxBodyBytes() + 1);  // one byte more, so "too large" is seen
        }
        String pathAndQuery = exchange.getRequestURI().getRawPath()
                + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery());
        WebhookResponse response = dispatcher.handle(pathAndQuery, exchange.getRequestHeaders(), body);

        byte[] json = response.body().getBytes(StandardCharsets.UTF_8);
        response.headers().forEach(exchange.getResponseHeaders()::set);     // e.g. Retry-After with a 503
        exchange.getResponseHeaders().set("Content-Type", WebhookResponse.CONTENT_TYPE);
        exchange.sendResponseHeaders(response.status(), json.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(json);
        }
        // end::framework-neutral[]
    }

    static WebhookResponse testingHandlers(List<String> booked) {
        // tag::testing[]
        WebhookSigner payhawk = WebhookSigner.generate();   // a throwaway key pair, as Payhawk's stand-in
        WebhookDispatcher dispatcher = WebhookDispatcher.builder()
                .verifier(WebhookVerifier.builder()
                        .publicKeySource(FixedPublicKeySource.parse(payhawk.publicKeyPem()))
                        .build())
                .on(ExpenseApproved.class, (event, context) -> booked.add(event.expenseId()))
                .build();

        byte[] body = """
                {"id":"d-1","accountId":"acc-1","eventType":"expense.approved","payload":{"expenseId":"43"}}"""
                .getBytes(StandardCharsets.UTF_8);
        Map<String, List<String>> headers = payhawk.headers("/payhawk/webhooks", body, Instant.now())
                .entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> List.of(e.getValue())));

        WebhookResponse response = dispatcher.handle("/payhawk/webhooks", headers, body);
        // response.status() == 200, booked == ["43"]
        // end::testing[]
        return response;
    }

}
