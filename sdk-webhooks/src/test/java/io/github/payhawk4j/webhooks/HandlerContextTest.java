package io.github.payhawk4j.webhooks;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.payhawk4j.client.PayhawkClient;
import io.github.payhawk4j.error.NotFoundException;
import io.github.payhawk4j.model.deposit.Deposit;
import io.github.payhawk4j.model.expense.Expense;
import io.github.payhawk4j.model.expense.ExpensePayment;
import io.github.payhawk4j.model.expense.ExpenseWorkflowStatus;
import io.github.payhawk4j.model.purchaseorder.PurchaseOrder;
import io.github.payhawk4j.model.supplier.Supplier;
import io.github.payhawk4j.webhooks.event.DepositReceived;
import io.github.payhawk4j.webhooks.event.ExpenseCreated;
import io.github.payhawk4j.webhooks.event.ExpenseEvent;
import io.github.payhawk4j.webhooks.event.PaymentSettled;
import io.github.payhawk4j.webhooks.event.PurchaseOrderStatusChanged;
import io.github.payhawk4j.webhooks.event.SupplierUpdated;
import io.github.payhawk4j.webhooks.event.WebhookEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HandlerContextTest {

    private static final String PATH = "/payhawk/webhooks";
    private static final String ACCOUNT = "/api/v3/accounts/acc-1";

    @RegisterExtension
    static final WireMockExtension api = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    private static final PayhawkSender payhawk = new PayhawkSender();
    private final List<Throwable> failures = new CopyOnWriteArrayList<>();

    private PayhawkClient client() {
        return PayhawkClient.builder()
                .apiKey("test-key")
                .accountId("default-account")
                .baseUrl(api.baseUrl())
                .build();
    }

    private WebhookDispatcher.Builder dispatcher() {
        return WebhookDispatcher.builder()
                .verifier(payhawk.verifier())
                .client(client())
                .onError((event, failure) -> failures.add(failure));
    }

    @Test
    void expenseIsFetchedFromTheEventsAccountOnceHoweverOftenTheHandlerAsks() {
        api.stubFor(get(ACCOUNT + "/expenses/43").willReturn(okJson(
                "{\"id\":\"43\",\"title\":\"Team lunch\",\"isPaid\":false}")));
        AtomicReference<List<Expense>> seen = new AtomicReference<>();
        WebhookDispatcher dispatcher = dispatcher()
                .on(ExpenseEvent.class, (event, context) ->
                        seen.set(List.of(context.expense(), context.expense(), context.expense())))
                .build();

        WebhookResponse response = payhawk.deliver(PATH, "d-1", "expense.approved", "{\"expenseId\":\"43\"}")
                .sendTo(dispatcher);

        assertThat(response.status()).isEqualTo(200);
        assertThat(seen.get()).hasSize(3).allSatisfy(expense -> {
            assertThat(expense.id()).isEqualTo("43");
            assertThat(expense.title()).isEqualTo("Team lunch");
        });
        assertThat(seen.get().get(1)).isSameAs(seen.get().get(0));
        api.verify(exactly(1), getRequestedFor(urlPathEqualTo(ACCOUNT + "/expenses/43")));
    }

    @Test
    void eachDeliveryHasItsOwnContextSoANewDeliveryFetchesAgain() {
        api.stubFor(get(ACCOUNT + "/expenses/43").willReturn(okJson("{\"id\":\"43\"}")));
        WebhookDispatcher dispatcher = dispatcher()
                .on(ExpenseEvent.class, (event, context) -> context.expense())
                .build();

        payhawk.deliver(PATH, "d-1", "expense.created", "{\"expenseId\":\"43\"}").sendTo(dispatcher);
        payhawk.deliver(PATH, "d-2", "expense.approved", "{\"expenseId\":\"43\"}").sendTo(dispatcher);

        api.verify(exactly(2), getRequestedFor(urlPathEqualTo(ACCOUNT + "/expenses/43")));
    }

    @Test
    void nothingIsFetchedUnlessTheHandlerAsks() {
        WebhookDispatcher dispatcher = dispatcher().on(ExpenseCreated.class, (event, context) -> { }).build();

        payhawk.deliver(PATH, "d-1", "expense.created", "{\"expenseId\":\"43\"}").sendTo(dispatcher);

        assertThat(api.getAllServeEvents()).isEmpty();
    }

    @Test
    void aPaymentEventReachesItsExpensePaymentsAndWorkflowEachFetchedOnce() {
        api.stubFor(get(ACCOUNT + "/expenses/43").willReturn(okJson("{\"id\":\"43\"}")));
        api.stubFor(get(ACCOUNT + "/expenses/43/payments").willReturn(okJson(
                "{\"items\":[{\"id\":\"p-1\",\"amount\":1234.10,\"currency\":\"EUR\"}],\"total\":1}")));
        api.stubFor(get(ACCOUNT + "/expenses/43/workflow").willReturn(okJson(
                "{\"reviewedAt\":\"2026-11-02T10:00:00Z\"}")));
        AtomicReference<Expense> expense = new AtomicReference<>();
        AtomicReference<List<ExpensePayment>> payments = new AtomicReference<>();
        AtomicReference<ExpenseWorkflowStatus> workflow = new AtomicReference<>();
        WebhookDispatcher dispatcher = dispatcher()
                .on(PaymentSettled.class, (event, context) -> {
                    expense.set(context.expense());
                    payments.set(context.payments());
                    context.payments();
                    workflow.set(context.workflow());
                    context.workflow();
                })
                .build();

        WebhookResponse response = payhawk.deliver(PATH, "d-1", "payment.settled",
                "{\"expenseId\":\"43\",\"paymentId\":\"p-1\"}").sendTo(dispatcher);

        assertThat(response.status()).isEqualTo(200);
        assertThat(expense.get().id()).isEqualTo("43");
        assertThat(payments.get()).singleElement().satisfies(payment -> {
            assertThat(payment.id()).isEqualTo("p-1");
            assertThat(payment.amount()).isEqualByComparingTo("1234.10");
        });
        assertThat(workflow.get().reviewedAt()).hasToString("2026-11-02T10:00:00Z");
        api.verify(exactly(1), getRequestedFor(urlPathEqualTo(ACCOUNT + "/expenses/43/payments")));
        api.verify(exactly(1), getRequestedFor(urlPathEqualTo(ACCOUNT + "/expenses/43/workflow")));
    }

    @Test
    void supplierDepositAndPurchaseOrderEventsReachWhatTheyNameOnce() {
        api.stubFor(get(ACCOUNT + "/suppliers/s-1").willReturn(okJson("{\"name\":\"Acme Ltd\"}")));
        api.stubFor(get(ACCOUNT + "/fund-accounts/fa-1/deposits/dep-1").willReturn(okJson(
                "{\"id\":\"dep-1\",\"amount\":250.00,\"currency\":\"EUR\"}")));
        api.stubFor(get(ACCOUNT + "/purchase-orders/po-1").willReturn(okJson(
                "{\"id\":\"po-1\",\"title\":\"Laptops\"}")));
        List<Object> fetched = new CopyOnWriteArrayList<>();
        WebhookDispatcher dispatcher = dispatcher()
                .on(SupplierUpdated.class, (event, context) -> {
                    fetched.add(context.supplier());
                    context.supplier();
                })
                .on(DepositReceived.class, (event, context) -> {
                    fetched.add(context.deposit());
                    context.deposit();
                })
                .on(PurchaseOrderStatusChanged.class, (event, context) -> {
                    fetched.add(context.purchaseOrder());
                    context.purchaseOrder();
                })
                .build();

        payhawk.deliver(PATH, "d-1", "supplier.updated", "{\"supplierId\":\"s-1\"}").sendTo(dispatcher);
        payhawk.deliver(PATH, "d-2", "deposit.received", "{\"fundAccountId\":\"fa-1\",\"depositId\":\"dep-1\"}")
                .sendTo(dispatcher);
        payhawk.deliver(PATH, "d-3", "purchase-order.status.changed",
                "{\"purchaseOrderId\":\"po-1\",\"status\":\"approved\"}").sendTo(dispatcher);

        assertThat(failures).isEmpty();
        assertThat(fetched).hasSize(3);
        assertThat(((Supplier) fetched.get(0)).name()).isEqualTo("Acme Ltd");
        assertThat(((Deposit) fetched.get(1)).amount()).isEqualByComparingTo("250.00");
        assertThat(((PurchaseOrder) fetched.get(2)).title()).isEqualTo("Laptops");
        api.verify(exactly(1), getRequestedFor(urlPathEqualTo(ACCOUNT + "/suppliers/s-1")));
        api.verify(exactly(1), getRequestedFor(urlPathEqualTo(ACCOUNT + "/fund-accounts/fa-1/deposits/dep-1")));
        api.verify(exactly(1), getRequestedFor(urlPathEqualTo(ACCOUNT + "/purchase-orders/po-1")));
    }

    @Test
    void anAccessorTheEventCannotSupportSaysWhy() {
        HandlerContext supplierContext = HandlerContext.of(event("supplier.created", "{\"supplierId\":\"s-1\"}"),
                client());
        HandlerContext expenseContext = HandlerContext.of(event("expense.created", "{\"expenseId\":\"43\"}"),
                client());

        assertThatThrownBy(supplierContext::expense).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("expense() needs an ExpenseEvent or PaymentEvent")
                .hasMessageContaining("supplier.created");
        assertThatThrownBy(supplierContext::payments).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(supplierContext::workflow).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(expenseContext::supplier).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("supplier() needs a SupplierEvent");
        assertThatThrownBy(expenseContext::deposit).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("deposit() needs a DepositEvent");
        assertThatThrownBy(expenseContext::purchaseOrder).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("purchaseOrder() needs a PurchaseOrderEvent");
        assertThat(api.getAllServeEvents()).isEmpty();
    }

    @Test
    void anIdMissingFromThePayloadIsNamedInsteadOfFetchingNull() {
        HandlerContext noExpenseId = HandlerContext.of(event("expense.created", "{}"), client());
        HandlerContext noDepositId = HandlerContext.of(event("deposit.received", "{\"fundAccountId\":\"fa-1\"}"),
                client());

        assertThatThrownBy(noExpenseId::expense).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("expenseId");
        assertThatThrownBy(noDepositId::deposit).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("depositId");
        assertThat(api.getAllServeEvents()).isEmpty();
    }

    @Test
    void aFailedFetchIsNotRememberedSoTheNextCallTriesAgain() {
        api.stubFor(get(ACCOUNT + "/expenses/43").willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"code\":\"not_found\",\"message\":\"Expense not found\"}")));
        HandlerContext context = HandlerContext.of(event("expense.deleted", "{\"expenseId\":\"43\"}"), client());

        assertThatThrownBy(context::expense).isInstanceOf(NotFoundException.class);
        api.stubFor(get(ACCOUNT + "/expenses/43").willReturn(okJson("{\"id\":\"43\"}")));

        assertThat(context.expense().id()).isEqualTo("43");
        api.verify(exactly(2), getRequestedFor(urlPathEqualTo(ACCOUNT + "/expenses/43")));
    }

    @Test
    void theContextExposesTheEventAndTheClientScopedToItsAccount() {
        api.stubFor(get(ACCOUNT + "/expenses/43").willReturn(okJson("{\"id\":\"43\"}")));
        WebhookEvent event = event("expense.created", "{\"expenseId\":\"43\"}");
        PayhawkClient client = client();
        HandlerContext context = HandlerContext.of(event, client);

        assertThat(context.event()).isSameAs(event);
        assertThat(context.client()).isSameAs(client);
        assertThat(context.account().expenses().get("43").id()).isEqualTo("43");
    }

    @Test
    void theAccountScopeIsResolvedOncePerDeliveryAndSharedByEveryFetch() {
        api.stubFor(get(ACCOUNT + "/expenses/43").willReturn(okJson("{\"id\":\"43\"}")));
        api.stubFor(get(ACCOUNT + "/expenses/43/payments").willReturn(okJson("{\"items\":[],\"total\":0}")));
        WebhookEvent event = event("expense.created", "{\"expenseId\":\"43\"}");
        PayhawkClient client = client();
        HandlerContext context = HandlerContext.of(event, client);

        context.expense();
        context.payments();

        assertThat(context.account()).isSameAs(context.account());
        assertThat(HandlerContext.of(event, client).account()).isNotSameAs(context.account());
    }

    /** A verified event, parsed by the real verifier. */
    private WebhookEvent event(String eventType, String payloadJson) {
        SignedDelivery delivery = payhawk.deliver(PATH, "d-ctx", eventType, payloadJson);
        return payhawk.verifier().verify(delivery.pathAndQuery(), delivery.headers(), delivery.body());
    }
}
