package io.github.payhawk4j.service;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.payhawk4j.client.PayhawkClient;
import io.github.payhawk4j.error.ApiTimeoutException;
import io.github.payhawk4j.error.ServerException;
import io.github.payhawk4j.model.ExternalLink;
import io.github.payhawk4j.model.FileUpload;
import io.github.payhawk4j.model.ModelFixture;
import io.github.payhawk4j.model.expense.ExpenseBankPaymentDetails;
import io.github.payhawk4j.model.expense.ExpensePatch;
import io.github.payhawk4j.model.supplier.SupplierStatus;
import io.github.payhawk4j.model.webhook.EventType;
import io.github.payhawk4j.query.ExpenseQuery;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.payhawk4j.service.StubbedPayhawkApi.clientFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The views every service offers besides its plain calls, on every operation of every service, blocking and
 * async: {@code withRawResponse()} (status, headers and request id with the same value) and
 * {@code withOptions(...)} (another timeout or number of retries for that view's calls only).
 */
class ServiceViewsTest {

    private static final String ACCOUNT = "/api/v3/accounts/acme_logistics";
    private static final String REQUEST_ID = "req_5b1e0c7a";
    private static final String CALLBACK = "https://erp.example/payhawk/webhooks";
    private static final FileUpload RECEIPT = new FileUpload("r.pdf", "application/pdf", new byte[]{1, 2, 3});

    @RegisterExtension
    static WireMockExtension api = StubbedPayhawkApi.server();

    private final PayhawkClient client = clientFor(api);

    /** One operation: how to stub it, its plain call, and the same call through each view. */
    record Operation(String name, MappingBuilder request, ResponseDefinitionBuilder answer, int status,
                     Function<PayhawkClient, Object> plain,
                     Function<PayhawkClient, RawResponse<?>> raw,
                     Function<PayhawkClient, CompletableFuture<? extends RawResponse<?>>> rawAsync,
                     Function<PayhawkClient, CompletableFuture<?>> optionsAsync,
                     Function<PayhawkClient, Object> options) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Operation> operations() {
        ExpensePatch patch = ExpensePatch.externalLinks(List.of(ExternalLink.of("JE-1", "https://erp.example/je/1")));
        ExpenseBankPaymentDetails paid = ExpenseBankPaymentDetails.paidAt(Instant.parse("2026-03-02T10:00:00Z"));
        String expense = ACCOUNT + "/expenses/4821";
        return Stream.of(
                new Operation("expenses.list", get(urlPathEqualTo(ACCOUNT + "/expenses")), json("expenses-page.json"), 200,
                        c -> c.expenses().list(ExpenseQuery.all()),
                        c -> c.expenses().withRawResponse().list(ExpenseQuery.all()),
                        c -> c.async().expenses().withRawResponse().list(ExpenseQuery.all()),
                        c -> c.async().expenses().withOptions(o -> o.maxRetries(0)).list(ExpenseQuery.all()),
                        c -> c.expenses().withOptions(o -> o.maxRetries(0)).list(ExpenseQuery.all())),
                new Operation("expenses.get", get(urlPathEqualTo(expense)), json("expense-full.json"), 200,
                        c -> c.expenses().get("4821"),
                        c -> c.expenses().withRawResponse().get("4821"),
                        c -> c.async().expenses().withRawResponse().get("4821"),
                        c -> c.async().expenses().withOptions(o -> o.maxRetries(0)).get("4821"),
                        c -> c.expenses().withOptions(o -> o.maxRetries(0)).get("4821")),
                new Operation("expenses.update", patch(urlPathEqualTo(expense)), json("expense-full.json"), 200,
                        c -> c.expenses().update("4821", patch),
                        c -> c.expenses().withRawResponse().update("4821", patch),
                        c -> c.async().expenses().withRawResponse().update("4821", patch),
                        c -> c.async().expenses().withOptions(o -> o.maxRetries(0)).update("4821", patch),
                        c -> c.expenses().withOptions(o -> o.maxRetries(0)).update("4821", patch)),
                new Operation("expenses.payments", get(urlPathEqualTo(expense + "/payments")), json("expense-payments.json"), 200,
                        c -> c.expenses().payments("4821"),
                        c -> c.expenses().withRawResponse().payments("4821"),
                        c -> c.async().expenses().withRawResponse().payments("4821"),
                        c -> c.async().expenses().withOptions(o -> o.maxRetries(0)).payments("4821"),
                        c -> c.expenses().withOptions(o -> o.maxRetries(0)).payments("4821")),
                new Operation("expenses.paymentDetails", get(urlPathEqualTo(expense + "/payment-details")),
                        json("expense-payment-details.json"), 200,
                        c -> c.expenses().paymentDetails("4821"),
                        c -> c.expenses().withRawResponse().paymentDetails("4821"),
                        c -> c.async().expenses().withRawResponse().paymentDetails("4821"),
                        c -> c.async().expenses().withOptions(o -> o.maxRetries(0)).paymentDetails("4821"),
                        c -> c.expenses().withOptions(o -> o.maxRetries(0)).paymentDetails("4821")),
                new Operation("expenses.workflow", get(urlPathEqualTo(expense + "/workflow")), json("expense-workflow.json"), 200,
                        c -> c.expenses().workflow("4821"),
                        c -> c.expenses().withRawResponse().workflow("4821"),
                        c -> c.async().expenses().withRawResponse().workflow("4821"),
                        c -> c.async().expenses().withOptions(o -> o.maxRetries(0)).workflow("4821"),
                        c -> c.expenses().withOptions(o -> o.maxRetries(0)).workflow("4821")),
                new Operation("expenses.addBankPaymentDetails", post(urlPathEqualTo(expense + "/bank-payment-details")),
                        noContent(), 204,
                        c -> {
                            c.expenses().addBankPaymentDetails("4821", paid);
                            return "done";
                        },
                        c -> c.expenses().withRawResponse().addBankPaymentDetails("4821", paid),
                        c -> c.async().expenses().withRawResponse().addBankPaymentDetails("4821", paid),
                        c -> c.async().expenses().withOptions(o -> o.maxRetries(0)).addBankPaymentDetails("4821", paid),
                        c -> {
                            c.expenses().withOptions(o -> o.maxRetries(0)).addBankPaymentDetails("4821", paid);
                            return "done";
                        }),
                new Operation("expenses.removeBankPaymentDetails", delete(urlPathEqualTo(expense + "/bank-payment-details")),
                        noContent(), 204,
                        c -> {
                            c.expenses().removeBankPaymentDetails("4821");
                            return "done";
                        },
                        c -> c.expenses().withRawResponse().removeBankPaymentDetails("4821"),
                        c -> c.async().expenses().withRawResponse().removeBankPaymentDetails("4821"),
                        c -> c.async().expenses().withOptions(o -> o.maxRetries(0)).removeBankPaymentDetails("4821"),
                        c -> {
                            c.expenses().withOptions(o -> o.maxRetries(0)).removeBankPaymentDetails("4821");
                            return "done";
                        }),
                new Operation("expenses.submitFiles", post(urlPathEqualTo(expense + "/files")), json("expense-files.json"), 200,
                        c -> c.expenses().submitFiles("4821", List.of(RECEIPT)),
                        c -> c.expenses().withRawResponse().submitFiles("4821", List.of(RECEIPT)),
                        c -> c.async().expenses().withRawResponse().submitFiles("4821", List.of(RECEIPT)),
                        c -> c.async().expenses().withOptions(o -> o.maxRetries(0)).submitFiles("4821", List.of(RECEIPT)),
                        c -> c.expenses().withOptions(o -> o.maxRetries(0)).submitFiles("4821", List.of(RECEIPT))),
                new Operation("deposits.get", get(urlPathEqualTo(ACCOUNT + "/fund-accounts/fa_1/deposits/dep_1")),
                        json("deposit.json"), 200,
                        c -> c.deposits().get("fa_1", "dep_1"),
                        c -> c.deposits().withRawResponse().get("fa_1", "dep_1"),
                        c -> c.async().deposits().withRawResponse().get("fa_1", "dep_1"),
                        c -> c.async().deposits().withOptions(o -> o.maxRetries(0)).get("fa_1", "dep_1"),
                        c -> c.deposits().withOptions(o -> o.maxRetries(0)).get("fa_1", "dep_1")),
                new Operation("purchaseOrders.get", get(urlPathEqualTo(ACCOUNT + "/purchase-orders/po_1")),
                        json("purchase-order.json"), 200,
                        c -> c.purchaseOrders().get("po_1"),
                        c -> c.purchaseOrders().withRawResponse().get("po_1"),
                        c -> c.async().purchaseOrders().withRawResponse().get("po_1"),
                        c -> c.async().purchaseOrders().withOptions(o -> o.maxRetries(0)).get("po_1"),
                        c -> c.purchaseOrders().withOptions(o -> o.maxRetries(0)).get("po_1")),
                new Operation("suppliers.list", get(urlPathEqualTo(ACCOUNT + "/suppliers")), json("suppliers-page.json"), 200,
                        c -> c.suppliers().list(SupplierStatus.ACTIVE),
                        c -> c.suppliers().withRawResponse().list(SupplierStatus.ACTIVE),
                        c -> c.async().suppliers().withRawResponse().list(SupplierStatus.ACTIVE),
                        c -> c.async().suppliers().withOptions(o -> o.maxRetries(0)).list(SupplierStatus.ACTIVE),
                        c -> c.suppliers().withOptions(o -> o.maxRetries(0)).list(SupplierStatus.ACTIVE)),
                new Operation("suppliers.get", get(urlPathEqualTo(ACCOUNT + "/suppliers/sup_1")), json("supplier.json"), 200,
                        c -> c.suppliers().get("sup_1"),
                        c -> c.suppliers().withRawResponse().get("sup_1"),
                        c -> c.async().suppliers().withRawResponse().get("sup_1"),
                        c -> c.async().suppliers().withOptions(o -> o.maxRetries(0)).get("sup_1"),
                        c -> c.suppliers().withOptions(o -> o.maxRetries(0)).get("sup_1")),
                new Operation("system.rsaPublicKey", get(urlPathEqualTo("/api/v3/rsa-public-key")),
                        aResponse().withStatus(200).withHeader("Content-Type", "text/plain")
                                .withBody("ssh-rsa AAAAB3NzaC1yc2E payhawk\n"), 200,
                        c -> c.system().rsaPublicKey(),
                        c -> c.system().withRawResponse().rsaPublicKey(),
                        c -> c.async().system().withRawResponse().rsaPublicKey(),
                        c -> c.async().system().withOptions(o -> o.maxRetries(0)).rsaPublicKey(),
                        c -> c.system().withOptions(o -> o.maxRetries(0)).rsaPublicKey()),
                new Operation("webhooks.create", post(urlPathEqualTo(ACCOUNT + "/webhooks")),
                        json("webhook-subscription.json").withStatus(201), 201,
                        c -> c.webhooks().create(EventType.EXPENSE_APPROVED, CALLBACK),
                        c -> c.webhooks().withRawResponse().create(EventType.EXPENSE_APPROVED, CALLBACK),
                        c -> c.async().webhooks().withRawResponse().create(EventType.EXPENSE_APPROVED, CALLBACK),
                        c -> c.async().webhooks().withOptions(o -> o.maxRetries(0)).create(EventType.EXPENSE_APPROVED, CALLBACK),
                        c -> c.webhooks().withOptions(o -> o.maxRetries(0)).create(EventType.EXPENSE_APPROVED, CALLBACK)),
                new Operation("webhooks.list", get(urlPathEqualTo(ACCOUNT + "/webhooks")),
                        json("webhook-subscriptions-page.json"), 200,
                        c -> c.webhooks().list(),
                        c -> c.webhooks().withRawResponse().list(),
                        c -> c.async().webhooks().withRawResponse().list(),
                        c -> c.async().webhooks().withOptions(o -> o.maxRetries(0)).list(),
                        c -> c.webhooks().withOptions(o -> o.maxRetries(0)).list()),
                new Operation("webhooks.get", get(urlPathEqualTo(ACCOUNT + "/webhooks/whs_1")),
                        json("webhook-subscription.json"), 200,
                        c -> c.webhooks().get("whs_1"),
                        c -> c.webhooks().withRawResponse().get("whs_1"),
                        c -> c.async().webhooks().withRawResponse().get("whs_1"),
                        c -> c.async().webhooks().withOptions(o -> o.maxRetries(0)).get("whs_1"),
                        c -> c.webhooks().withOptions(o -> o.maxRetries(0)).get("whs_1")),
                new Operation("webhooks.delete", delete(urlPathEqualTo(ACCOUNT + "/webhooks/whs_1")), noContent(), 204,
                        c -> {
                            c.webhooks().delete("whs_1");
                            return "done";
                        },
                        c -> c.webhooks().withRawResponse().delete("whs_1"),
                        c -> c.async().webhooks().withRawResponse().delete("whs_1"),
                        c -> c.async().webhooks().withOptions(o -> o.maxRetries(0)).delete("whs_1"),
                        c -> {
                            c.webhooks().withOptions(o -> o.maxRetries(0)).delete("whs_1");
                            return "done";
                        }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    @DisplayName("withRawResponse() gives the status, the headers, the request id and the same value, blocking and async")
    void theRawResponseCarriesTheValueOfThePlainCall(Operation operation) throws Exception {
        api.stubFor(operation.request().willReturn(operation.answer().withHeader("X-Request-Id", REQUEST_ID)
                .withHeader("X-Payhawk-Trace", "a").withHeader("X-Payhawk-Trace", "b")));

        Object plain = operation.plain().apply(client);
        RawResponse<?> raw = operation.raw().apply(client);
        RawResponse<?> rawAsync = operation.rawAsync().apply(client).get(60, TimeUnit.SECONDS);

        for (RawResponse<?> response : List.of(raw, rawAsync)) {
            assertThat(response.statusCode()).isEqualTo(operation.status());
            assertThat(response.requestId()).contains(REQUEST_ID);
            assertThat(response.header("x-request-id")).contains(REQUEST_ID);
            assertThat(response.headers().get("X-PAYHAWK-TRACE")).containsExactly("a", "b");
            assertThat(response.value()).isEqualTo(plain instanceof String done && done.equals("done") ? null : plain);
            assertThat(response.toString()).contains(String.valueOf(operation.status()), REQUEST_ID)
                    .doesNotContain("X-Payhawk-Trace");
        }
        assertThatThrownBy(() -> raw.headers().put("x", List.of())).isInstanceOf(UnsupportedOperationException.class);
        api.verify(3, anyRequestedFor(anyUrl()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    @DisplayName("withOptions(maxRetries(0)) makes one attempt on a 429 where the client makes four, blocking and async")
    void perCallRetriesApplyToThatViewOnly(Operation operation) {
        api.stubFor(operation.request().willReturn(aResponse().withStatus(429).withHeader("Retry-After", "0")));

        assertThatThrownBy(() -> operation.options().apply(client)).isInstanceOf(io.github.payhawk4j.error.RateLimitedException.class);
        api.verify(1, anyRequestedFor(anyUrl()));

        assertThatThrownBy(() -> operation.optionsAsync().apply(client).join()).isInstanceOf(CompletionException.class)
                .hasCauseInstanceOf(io.github.payhawk4j.error.RateLimitedException.class);
        api.verify(2, anyRequestedFor(anyUrl()));

        assertThatThrownBy(() -> operation.plain().apply(client)).isInstanceOf(io.github.payhawk4j.error.RateLimitedException.class);
        api.verify(6, anyRequestedFor(anyUrl()));
    }

    @Test
    @DisplayName("withOptions(timeout) bounds that view's attempts; the client's own timeout is unchanged")
    void perCallTimeout() {
        api.stubFor(get(urlPathEqualTo(ACCOUNT + "/expenses/4821")).willReturn(json("expense-full.json").withFixedDelay(1500)));
        ExpenseService impatient = client.expenses().withOptions(o -> o.timeout(Duration.ofMillis(200)).maxRetries(0));

        assertThatThrownBy(() -> impatient.get("4821")).isInstanceOf(ApiTimeoutException.class);
        assertThatThrownBy(() -> client.async().expenses().withOptions(o -> o.timeout(Duration.ofMillis(200)).maxRetries(0))
                .get("4821").join()).hasCauseInstanceOf(ApiTimeoutException.class);
        assertThat(client.expenses().get("4821").id()).isEqualTo("4821");
    }

    @Test
    @DisplayName("options layer: a later withOptions keeps what an earlier one set unless it sets it again")
    void optionsLayer() {
        api.stubFor(get(urlPathEqualTo(ACCOUNT + "/expenses/4821")).willReturn(aResponse().withStatus(503)));
        ExpenseService once = client.expenses().withOptions(o -> o.maxRetries(0));
        ExpenseService twice = once.withOptions(o -> o.timeout(Duration.ofSeconds(20)));
        ExpenseService again = twice.withOptions(o -> o.maxRetries(1));

        assertThatThrownBy(() -> twice.get("4821")).isInstanceOf(ServerException.class);
        api.verify(1, anyRequestedFor(anyUrl()));
        assertThatThrownBy(() -> again.get("4821")).isInstanceOf(ServerException.class);
        api.verify(3, anyRequestedFor(anyUrl()));
    }

    @Test
    @DisplayName("ensure through a withOptions view sends both of its calls with those options")
    void ensureUsesTheViewsOptions() {
        api.stubFor(get(urlPathEqualTo(ACCOUNT + "/webhooks")).willReturn(aResponse().withStatus(503)));

        assertThatThrownBy(() -> client.webhooks().withOptions(o -> o.maxRetries(0)).ensure(EventType.EXPENSE_CREATED, CALLBACK))
                .isInstanceOf(ServerException.class);
        assertThatThrownBy(() -> client.async().webhooks().withOptions(o -> o.maxRetries(0))
                .ensure(EventType.EXPENSE_CREATED, CALLBACK).join()).hasCauseInstanceOf(ServerException.class);
        api.verify(2, anyRequestedFor(anyUrl()));
    }

    @Test
    @DisplayName("views say what they are, and a client without a default account says how to get one")
    void viewsDescribeThemselves() {
        assertThat(Stream.of(client.expenses(), client.webhooks(), client.suppliers(), client.deposits(), client.purchaseOrders(),
                client.system(), client.async().expenses(), client.async().webhooks(), client.async().suppliers(),
                client.async().deposits(), client.async().purchaseOrders(), client.async().system()).map(Objects::toString))
                .containsExactly("ExpenseService", "WebhookSubscriptionService", "SupplierService", "DepositService",
                        "PurchaseOrderService", "SystemService", "ExpenseServiceAsync", "WebhookSubscriptionServiceAsync",
                        "SupplierServiceAsync", "DepositServiceAsync", "PurchaseOrderServiceAsync", "SystemServiceAsync");
        assertThat(client.async().sync()).isSameAs(client);
        assertThat(client.async().toString()).contains("acme_logistics").doesNotContain(StubbedPayhawkApi.API_KEY);
        assertThat(client.async().account("acme_retail_bg").accountId()).isEqualTo("acme_retail_bg");
        assertThat(client.async().account("acme_retail_bg").toString()).contains("acme_retail_bg");
        assertThat(client.async().defaultAccount().accountId()).isEqualTo("acme_logistics");
        PayhawkClient withoutAccount = PayhawkClient.builder().apiKey("k").baseUrl("http://localhost:" + api.getPort()).build();
        assertThatThrownBy(() -> withoutAccount.async().expenses()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("client.async().account(id)");
        assertThatThrownBy(() -> client.async().account(" ")).isInstanceOf(IllegalArgumentException.class);
    }

    private static ResponseDefinitionBuilder json(String fixture) {
        return okJson(ModelFixture.text(fixture));
    }

    private static ResponseDefinitionBuilder noContent() {
        return aResponse().withStatus(204);
    }
}
