package io.github.payhawk4j.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.payhawk4j.json.PayhawkJson;
import io.github.payhawk4j.model.webhook.EventType;
import io.github.payhawk4j.webhooks.WebhookVerifier;
import io.github.payhawk4j.webhooks.event.DepositReceived;
import io.github.payhawk4j.webhooks.event.ExpenseCreated;
import io.github.payhawk4j.webhooks.event.PaymentAuthorized;
import io.github.payhawk4j.webhooks.event.WebhookEvent;
import io.github.payhawk4j.webhooks.key.FixedPublicKeySource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Signed deliveries: what a receiver gets, retries with the same delivery id, deactivation, redelivery. */
class WebhookDeliveryTest {

    /** Only a hang reaches it: awaitDeliveries returns as soon as the last delivery ended. */
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = PayhawkJson.newObjectMapper();
    private static final String CALLBACK_PATH = "/payhawk/webhooks?tenant=acme";

    private PayhawkSandbox sandbox;
    private SandboxApi api;
    private CallbackReceiver receiver;
    private WebhookVerifier verifier;

    @BeforeEach
    void start() {
        sandbox = TestSigner.quickSandbox()
                .deliveryAttempts(3)
                .deactivateAfterFailedDeliveries(2)
                .additionalAccount("other-account")
                .start();
        api = new SandboxApi(sandbox);
        receiver = new CallbackReceiver();
        verifier = WebhookVerifier.builder()
                .publicKeySource(FixedPublicKeySource.of((RSAPublicKey) sandbox.publicKey()))
                .build();
    }

    @AfterEach
    void stop() {
        sandbox.close();
        receiver.close();
    }

    private String subscribe(String accountId, EventType eventType, String callbackUrl) {
        SandboxApi.Answer answer = api.post("/api/v3/accounts/" + accountId + "/webhooks",
                "{\"eventType\":\"" + eventType.value() + "\",\"callbackUrl\":\"" + callbackUrl + "\"}");
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return answer.json().get("id").asText();
    }

    private String subscribe(EventType eventType) {
        return subscribe(sandbox.accountId(), eventType, receiver.url(CALLBACK_PATH));
    }

    private WebhookEvent verified(CallbackReceiver.Received request) {
        return verifier.verify(request.pathAndQuery(), request.headers(), request.body());
    }

    private static JsonNode json(CallbackReceiver.Received request) throws IOException {
        return JSON.readTree(request.body());
    }

    @Test
    void aCardPurchaseDeliversSignedEventsThatTheSdkVerifies() throws Exception {
        subscribe(EventType.EXPENSE_CREATED);
        subscribe(EventType.PAYMENT_AUTHORIZED);

        String expenseId = sandbox.account().createCardExpense(CardPurchase.of("Lufthansa", new BigDecimal("420.00"), "EUR"));

        assertThat(sandbox.awaitDeliveries(WAIT)).isTrue();
        List<CallbackReceiver.Received> requests = receiver.received();
        assertThat(requests).hasSize(2);
        Map<EventType, WebhookEvent> events = new HashMap<>();
        for (CallbackReceiver.Received request : requests) {
            assertThat(request.method()).isEqualTo("POST");
            assertThat(request.pathAndQuery()).isEqualTo(CALLBACK_PATH);
            assertThat(request.header("Content-Type")).isEqualTo("application/json");
            assertThat(request.header("X-Payhawk-Timestamp")).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z");
            WebhookEvent event = verified(request);
            events.put(event.eventType(), event);
            assertThat(event.accountId()).isEqualTo(sandbox.accountId());
            assertThat(event.timestamp()).isCloseTo(Instant.now(), org.assertj.core.api.Assertions.within(
                    30, java.time.temporal.ChronoUnit.SECONDS));
        }
        assertThat(events.get(EventType.EXPENSE_CREATED)).isInstanceOfSatisfying(ExpenseCreated.class,
                created -> assertThat(created.expenseId()).isEqualTo(expenseId));
        String paymentId = sandbox.account().payments(expenseId).get(0).get("id").asText();
        assertThat(events.get(EventType.PAYMENT_AUTHORIZED)).isInstanceOfSatisfying(PaymentAuthorized.class,
                authorized -> {
                    assertThat(authorized.expenseId()).isEqualTo(expenseId);
                    assertThat(authorized.paymentId()).hasValue(paymentId);
                });
    }

    @Test
    void theSignatureCoversTimestampCallbackPathAndRawBody() throws GeneralSecurityException {
        subscribe(EventType.EXPENSE_CREATED);
        sandbox.account().createCardExpense(CardPurchase.of("Uber", new BigDecimal("23.40"), "EUR"));
        assertThat(sandbox.awaitDeliveries(WAIT)).isTrue();
        CallbackReceiver.Received request = receiver.received().get(0);

        Signature signature = Signature.getInstance("SHA256withRSA");
        signature.initVerify(sandbox.publicKey());
        signature.update((request.header("X-Payhawk-Timestamp") + ":" + CALLBACK_PATH + ":").getBytes(StandardCharsets.UTF_8));
        signature.update(request.body());
        assertThat(signature.verify(Base64.getDecoder().decode(request.header("X-Payhawk-Signature")))).isTrue();
    }

    @Test
    void theEnvelopeHasIdAccountEventTypeAndPayload() throws IOException {
        subscribe(EventType.EXPENSE_REVIEWED);
        String expenseId = sandbox.account().addExpense("{}");
        sandbox.account().reviewExpense(expenseId);
        assertThat(sandbox.awaitDeliveries(WAIT)).isTrue();

        JsonNode envelope = json(receiver.received().get(0));
        assertThat(envelope.get("id").asText()).isNotBlank();
        assertThat(envelope.get("accountId").asText()).isEqualTo(sandbox.accountId());
        assertThat(envelope.get("eventType").asText()).isEqualTo("expense.reviewed");
        assertThat(envelope.get("payload")).isEqualTo(JSON.createObjectNode().put("expenseId", expenseId));
        assertThat(sandbox.deliveries()).singleElement().satisfies(delivery -> {
            assertThat(delivery.deliveryId()).isEqualTo(envelope.get("id").asText());
            assertThat(delivery.status()).isEqualTo(DeliveryStatus.DELIVERED);
            assertThat(delivery.body()).isEqualTo(receiver.received().get(0).bodyText());
        });
    }

    @Test
    void everyOperationEmitsItsEventWithTheIdsOfWhatChanged() throws IOException {
        for (EventType type : EventType.knownValues()) {
            subscribe(type);
        }
        BankAccountDetails bank = new BankAccountDetails("ACME GmbH", "DE89370400440532013000", "COBADEFFXXX", "EUR");

        String card = sandbox.account().createCardExpense(CardPurchase.of("ACME GmbH", new BigDecimal("50.00"), "EUR"));
        sandbox.account().reviewExpense(card);
        sandbox.account().approveExpense(card);
        String settled = sandbox.account().settlePayment(card);
        String declined = sandbox.account().createCardExpense(CardPurchase.of("Shady Shop", new BigDecimal("9.99"), "EUR"));
        String failed = sandbox.account().failPayment(declined);
        String reverted = sandbox.account().revertPayment(card);
        sandbox.account().deleteExpense(declined);
        String supplier = sandbox.account().createSupplier("ACME GmbH", bank);
        sandbox.account().updateSupplierBankAccount(supplier, bank);
        String deposit = sandbox.account().receiveDeposit("fa_eur", new BigDecimal("1000.00"), "EUR");
        String order = sandbox.account().createPurchaseOrder("Laptops", new BigDecimal("4200.00"), "EUR");
        sandbox.account().changePurchaseOrderStatus(order, "open");
        String bankExpense = sandbox.account().addExpense("{\"type\":\"bank\"}");
        api.post("/api/v3/accounts/" + sandbox.accountId() + "/expenses/" + bankExpense + "/bank-payment-details",
                "{\"date\":\"2026-11-02T10:00:00.000Z\"}");

        assertThat(sandbox.awaitDeliveries(WAIT)).isTrue();
        // Several delivery threads: deliveries arrive in any order, so each event type is looked up by its ids.
        Map<String, List<JsonNode>> payloads = new HashMap<>();
        for (CallbackReceiver.Received request : receiver.received()) {
            verified(request);
            JsonNode envelope = json(request);
            payloads.computeIfAbsent(envelope.get("eventType").asText(), type -> new ArrayList<>()).add(envelope.get("payload"));
        }
        assertThat(payloads.values().stream().mapToInt(List::size).sum()).isEqualTo(15);
        assertThat(payloads.keySet()).hasSize(EventType.knownValues().size());
        assertThat(payloads.get("expense.created")).extracting(payload -> payload.get("expenseId").asText())
                .containsExactlyInAnyOrder(card, declined);
        assertThat(payloads.get("payment.authorized")).extracting(payload -> payload.get("expenseId").asText())
                .containsExactlyInAnyOrder(card, declined);
        assertThat(only(payloads, "expense.reviewed").get("expenseId").asText()).isEqualTo(card);
        assertThat(only(payloads, "expense.approved").get("expenseId").asText()).isEqualTo(card);
        assertThat(only(payloads, "payment.settled").get("paymentId").asText()).isEqualTo(settled);
        assertThat(only(payloads, "payment.failed").get("paymentId").asText()).isEqualTo(failed);
        assertThat(only(payloads, "payment.failed").get("expenseId").asText()).isEqualTo(declined);
        assertThat(only(payloads, "payment.reverted").get("paymentId").asText()).isEqualTo(reverted);
        assertThat(only(payloads, "expense.deleted").get("expenseId").asText()).isEqualTo(declined);
        assertThat(only(payloads, "supplier.created").get("supplierId").asText()).isEqualTo(supplier);
        assertThat(only(payloads, "supplier.updated").get("supplierId").asText()).isEqualTo(supplier);
        assertThat(only(payloads, "deposit.received").get("depositId").asText()).isEqualTo(deposit);
        assertThat(only(payloads, "deposit.received").get("fundAccountId").asText()).isEqualTo("fa_eur");
        assertThat(only(payloads, "purchase-order.status.changed").get("purchaseOrderId").asText()).isEqualTo(order);
        assertThat(only(payloads, "purchase-order.status.changed").get("status").asText()).isEqualTo("open");
        assertThat(only(payloads, "expense.payment-details.updated").get("expenseId").asText()).isEqualTo(bankExpense);
    }

    private static JsonNode only(Map<String, List<JsonNode>> payloads, String eventType) {
        assertThat(payloads.get(eventType)).as(eventType).hasSize(1);
        return payloads.get(eventType).get(0);
    }

    @Test
    void theDepositEventParsesIntoTheSdkRecord() {
        subscribe(EventType.DEPOSIT_RECEIVED);
        String deposit = sandbox.account().receiveDeposit("fa_eur", new BigDecimal("250.00"), "EUR");
        assertThat(sandbox.awaitDeliveries(WAIT)).isTrue();
        assertThat(verified(receiver.received().get(0))).isInstanceOfSatisfying(DepositReceived.class, event -> {
            assertThat(event.depositId()).isEqualTo(deposit);
            assertThat(event.fundAccountId()).isEqualTo("fa_eur");
        });
    }

    @Test
    void onlyActiveSubscriptionsOfThatTypeInThatAccountReceive() {
        String deleted = subscribe(EventType.EXPENSE_REVIEWED);
        subscribe(EventType.EXPENSE_APPROVED);
        subscribe("other-account", EventType.EXPENSE_REVIEWED, receiver.url("/other"));
        String kept = subscribe(sandbox.accountId(), EventType.EXPENSE_REVIEWED, receiver.url("/kept"));
        assertThat(api.delete("/api/v3/accounts/" + sandbox.accountId() + "/webhooks/" + deleted).status())
                .isEqualTo(204);

        sandbox.account().reviewExpense(sandbox.account().addExpense("{}"));

        assertThat(sandbox.awaitDeliveries(WAIT)).isTrue();
        assertThat(receiver.received()).extracting(CallbackReceiver.Received::pathAndQuery).containsExactly("/kept");
        assertThat(sandbox.deliveries()).singleElement()
                .satisfies(delivery -> assertThat(delivery.subscriptionId()).isEqualTo(kept));
    }

    @Test
    void aFailedAttemptIsRetriedWithTheSameDeliveryIdAndBackoff() throws IOException {
        subscribe(EventType.EXPENSE_CREATED);
        receiver.answerNext(500, 503);

        sandbox.account().createCardExpense(CardPurchase.of("Uber", new BigDecimal("23.40"), "EUR"));

        assertThat(sandbox.awaitDeliveries(WAIT)).isTrue();
        List<CallbackReceiver.Received> attempts = receiver.received();
        assertThat(attempts).hasSize(3);
        assertThat(attempts).extracting(CallbackReceiver.Received::bodyText).containsOnly(attempts.get(0).bodyText());
        for (CallbackReceiver.Received attempt : attempts) {
            assertThat(verified(attempt).deliveryId()).isEqualTo(json(attempts.get(0)).get("id").asText());
        }
        DeliveryRecord delivery = sandbox.deliveries().get(0);
        assertThat(delivery.status()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(delivery.attempts()).extracting(DeliveryAttempt::statusCode).containsExactly(500, 503, 200);
        assertThat(delivery.attempts()).extracting(DeliveryAttempt::number).containsExactly(1, 2, 3);
        // Backoff of 20 ms, then 40 ms: scheduling can only make the gaps longer.
        assertThat(Duration.between(delivery.attempts().get(0).sentAt(), delivery.attempts().get(1).sentAt()))
                .isGreaterThanOrEqualTo(Duration.ofMillis(20));
        assertThat(Duration.between(delivery.attempts().get(1).sentAt(), delivery.attempts().get(2).sentAt()))
                .isGreaterThanOrEqualTo(Duration.ofMillis(40));
        assertThat(sandbox.deliveryStatistics()).isEqualTo(new DeliveryStatistics(1, 1, 0, 0, 0, 3, 2, 0));
    }

    @Test
    void anUnreachableReceiverFailsEveryAttempt() throws IOException {
        try (RefusingPort gone = RefusingPort.open()) {
            subscribe(sandbox.accountId(), EventType.EXPENSE_CREATED, "http://127.0.0.1:" + gone.number() + "/gone");

            sandbox.account().createCardExpense(CardPurchase.of("Uber", new BigDecimal("23.40"), "EUR"));

            assertThat(sandbox.awaitDeliveries(WAIT)).isTrue();
        }
        DeliveryRecord delivery = sandbox.deliveries().get(0);
        assertThat(delivery.status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(delivery.attempts()).hasSize(3).allSatisfy(attempt -> {
            assertThat(attempt.statusCode()).isZero();
            assertThat(attempt.failure()).isNotBlank();
            assertThat(attempt.succeeded()).isFalse();
        });
    }

    @Test
    void aSubscriptionWhoseDeliveriesKeepFailingIsDeactivatedByPayhawk() {
        String subscription = subscribe(EventType.EXPENSE_REVIEWED);
        receiver.answerAlways(500);
        String webhook = "/api/v3/accounts/" + sandbox.accountId() + "/webhooks/" + subscription;

        sandbox.account().reviewExpense(sandbox.account().addExpense("{}"));
        assertThat(sandbox.awaitDeliveries(WAIT)).isTrue();
        assertThat(api.get(webhook).json().get("status").asText()).isEqualTo("active");

        sandbox.account().reviewExpense(sandbox.account().addExpense("{}"));
        assertThat(sandbox.awaitDeliveries(WAIT)).isTrue();
        assertThat(api.get(webhook).json().get("status").asText()).isEqualTo("deactivated_by_payhawk");
        assertThat(receiver.received()).hasSize(6);

        sandbox.account().reviewExpense(sandbox.account().addExpense("{}"));
        assertThat(sandbox.awaitDeliveries(WAIT)).isTrue();
        assertThat(receiver.received()).hasSize(6);
        assertThat(sandbox.deliveryStatistics().failed()).isEqualTo(2);
        assertThat(sandbox.deliveryStatistics().deliveries()).isEqualTo(2);
    }

    @Test
    void aSuccessfulDeliveryEndsTheFailureStreak() {
        String subscription = subscribe(EventType.EXPENSE_REVIEWED);
        receiver.answerNext(500, 500, 500);
        sandbox.account().reviewExpense(sandbox.account().addExpense("{}"));
        assertThat(sandbox.awaitDeliveries(WAIT)).isTrue();
        sandbox.account().reviewExpense(sandbox.account().addExpense("{}"));
        assertThat(sandbox.awaitDeliveries(WAIT)).isTrue();
        receiver.answerNext(500, 500, 500);
        sandbox.account().reviewExpense(sandbox.account().addExpense("{}"));
        assertThat(sandbox.awaitDeliveries(WAIT)).isTrue();

        assertThat(sandbox.deliveries()).extracting(DeliveryRecord::status)
                .containsExactly(DeliveryStatus.FAILED, DeliveryStatus.DELIVERED, DeliveryStatus.FAILED);
        assertThat(sandbox.account().webhookSubscriptions()).singleElement().satisfies(found -> {
            assertThat(found.get("id").asText()).isEqualTo(subscription);
            assertThat(found.get("status").asText()).isEqualTo("active");
        });
    }

    @Test
    void redeliverSendsTheSameDeliveryAgain() throws IOException {
        subscribe(EventType.EXPENSE_REVIEWED);
        sandbox.account().reviewExpense(sandbox.account().addExpense("{}"));
        assertThat(sandbox.awaitDeliveries(WAIT)).isTrue();
        String deliveryId = sandbox.deliveries().get(0).deliveryId();

        sandbox.redeliver(deliveryId);

        assertThat(sandbox.awaitDeliveries(WAIT)).isTrue();
        List<CallbackReceiver.Received> requests = receiver.received();
        assertThat(requests).hasSize(2);
        assertThat(requests.get(1).bodyText()).isEqualTo(requests.get(0).bodyText());
        assertThat(verified(requests.get(1)).deliveryId()).isEqualTo(deliveryId);
        assertThat(json(requests.get(1)).get("id").asText()).isEqualTo(deliveryId);
        assertThat(sandbox.delivery(deliveryId)).hasValueSatisfying(delivery -> {
            assertThat(delivery.status()).isEqualTo(DeliveryStatus.DELIVERED);
            assertThat(delivery.attempts()).extracting(DeliveryAttempt::redelivery).containsExactly(false, true);
        });
        assertThat(sandbox.deliveryStatistics().redeliveries()).isEqualTo(1);
        assertThat(sandbox.deliveryStatistics().deliveries()).isEqualTo(1);
        assertThatThrownBy(() -> sandbox.redeliver("no-such-delivery")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void withoutSubscriptionsNothingIsDelivered() {
        sandbox.account().createCardExpense(CardPurchase.of("Uber", new BigDecimal("23.40"), "EUR"));
        assertThat(sandbox.awaitDeliveries(Duration.ZERO)).isTrue();
        assertThat(sandbox.deliveries()).isEmpty();
    }
}
