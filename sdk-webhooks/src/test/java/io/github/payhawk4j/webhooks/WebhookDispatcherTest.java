package io.github.payhawk4j.webhooks;

import io.github.payhawk4j.webhooks.delivery.DeliveryClaim;
import io.github.payhawk4j.webhooks.delivery.AdjustableClock;
import io.github.payhawk4j.webhooks.delivery.DeliveryStore;
import io.github.payhawk4j.webhooks.delivery.InMemoryDeliveryStore;
import io.github.payhawk4j.webhooks.event.ExpenseApproved;
import io.github.payhawk4j.webhooks.event.ExpenseCreated;
import io.github.payhawk4j.webhooks.event.ExpenseEvent;
import io.github.payhawk4j.webhooks.event.ExpenseReviewed;
import io.github.payhawk4j.webhooks.event.PaymentEvent;
import io.github.payhawk4j.webhooks.event.PaymentSettled;
import io.github.payhawk4j.webhooks.event.SupplierCreated;
import io.github.payhawk4j.webhooks.event.UnknownEvent;
import io.github.payhawk4j.webhooks.event.WebhookEvent;
import io.github.payhawk4j.webhooks.key.FixedPublicKeySource;
import io.github.payhawk4j.webhooks.key.PublicKeySource;
import org.junit.jupiter.api.Test;

import java.security.PublicKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WebhookDispatcherTest {

    private static final String PATH = "/payhawk/webhooks?tenant=acme";

    private static final PayhawkSender payhawk = new PayhawkSender();
    private final List<String> calls = new CopyOnWriteArrayList<>();

    private WebhookDispatcher.Builder dispatcher() {
        return WebhookDispatcher.builder().verifier(payhawk.verifier());
    }

    private <E extends WebhookEvent> WebhookHandler<E> recording(String name) {
        return (event, context) -> calls.add(name + ":" + event.deliveryId());
    }

    private SignedDelivery expenseCreated(String deliveryId) {
        return payhawk.deliver(PATH, deliveryId, "expense.created", "{\"expenseId\":\"43\"}");
    }

    @Test
    void aVerifiedEventReachesTheHandlerRegisteredForItsRecord() {
        List<ExpenseCreated> received = new CopyOnWriteArrayList<>();
        WebhookDispatcher dispatcher = dispatcher()
                .on(ExpenseCreated.class, (event, context) -> received.add(event))
                .build();

        WebhookResponse response = expenseCreated("d-1").sendTo(dispatcher);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"status\":\"processed\"}");
        assertThat(received).singleElement().satisfies(event -> {
            assertThat(event.deliveryId()).isEqualTo("d-1");
            assertThat(event.accountId()).isEqualTo("acc-1");
            assertThat(event.expenseId()).isEqualTo("43");
        });
    }

    @Test
    void aGroupInterfaceHandlerReceivesEveryEventOfTheGroup() {
        WebhookDispatcher dispatcher = dispatcher()
                .on(ExpenseEvent.class, recording("expenses"))
                .on(PaymentEvent.class, recording("payments"))
                .build();

        payhawk.deliver(PATH, "d-1", "expense.approved", "{\"expenseId\":\"43\"}").sendTo(dispatcher);
        payhawk.deliver(PATH, "d-2", "expense.deleted", "{\"expenseId\":\"44\"}").sendTo(dispatcher);
        payhawk.deliver(PATH, "d-3", "payment.settled", "{\"expenseId\":\"43\",\"paymentId\":\"p-1\"}")
                .sendTo(dispatcher);

        assertThat(calls).containsExactly("expenses:d-1", "expenses:d-2", "payments:d-3");
    }

    @Test
    void aRecordHandlerWinsOverAGroupHandlerWhateverTheRegistrationOrder() {
        WebhookDispatcher dispatcher = dispatcher()
                .on(ExpenseEvent.class, recording("group"))
                .on(ExpenseCreated.class, recording("record"))
                .build();

        expenseCreated("d-1").sendTo(dispatcher);
        payhawk.deliver(PATH, "d-2", "expense.reviewed", "{\"expenseId\":\"43\"}").sendTo(dispatcher);

        assertThat(calls).containsExactly("record:d-1", "group:d-2");
    }

    @Test
    void amongGroupHandlersTheFirstRegisteredMatchWins() {
        WebhookDispatcher dispatcher = dispatcher()
                .on(WebhookEvent.class, recording("everything"))
                .on(PaymentEvent.class, recording("payments"))
                .build();

        payhawk.deliver(PATH, "d-1", "payment.settled", "{\"expenseId\":\"43\"}").sendTo(dispatcher);

        assertThat(calls).containsExactly("everything:d-1");
    }

    @Test
    void eventsWithoutAHandlerAndUnknownEventsGoToTheFallbackAndAreAnswered200() {
        List<WebhookEvent> unhandled = new CopyOnWriteArrayList<>();
        WebhookDispatcher dispatcher = dispatcher()
                .on(ExpenseEvent.class, recording("expenses"))
                .onUnhandled((event, context) -> unhandled.add(event))
                .build();

        WebhookResponse supplier = payhawk.deliver(PATH, "d-1", "supplier.created", "{\"supplierId\":\"s-1\"}")
                .sendTo(dispatcher);
        WebhookResponse unknown = payhawk.deliver(PATH, "d-2", "card.frozen", "{\"cardId\":\"c-1\"}")
                .sendTo(dispatcher);

        assertThat(supplier.status()).isEqualTo(200);
        assertThat(unknown.status()).isEqualTo(200);
        assertThat(unknown.body()).isEqualTo("{\"status\":\"unhandled\"}");
        assertThat(calls).isEmpty();
        assertThat(unhandled).hasSize(2);
        assertThat(unhandled.get(0)).isInstanceOf(SupplierCreated.class);
        assertThat(unhandled.get(1)).isInstanceOfSatisfying(UnknownEvent.class, event -> {
            assertThat(event.eventType().value()).isEqualTo("card.frozen");
            assertThat(event.payload().get("cardId").asText()).isEqualTo("c-1");
        });
    }

    @Test
    void withoutAFallbackUnhandledEventsAreAcknowledgedAndDropped() {
        WebhookDispatcher dispatcher = dispatcher().build();

        WebhookResponse response = payhawk.deliver(PATH, "d-1", "card.frozen", "{}").sendTo(dispatcher);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"status\":\"unhandled\"}");
    }

    @Test
    void anUnknownEventCanHaveItsOwnHandler() {
        WebhookDispatcher dispatcher = dispatcher()
                .on(UnknownEvent.class, recording("unknown"))
                .onUnhandled(recording("fallback"))
                .build();

        payhawk.deliver(PATH, "d-1", "card.frozen", "{}").sendTo(dispatcher);

        assertThat(calls).containsExactly("unknown:d-1");
    }

    @Test
    void aDuplicateOfAProcessedDeliveryIsAnswered200WithoutRunningTheHandlerAgain() {
        WebhookDispatcher dispatcher = dispatcher().on(ExpenseCreated.class, recording("created")).build();
        SignedDelivery delivery = expenseCreated("d-1");

        WebhookResponse first = delivery.sendTo(dispatcher);
        WebhookResponse second = delivery.sendTo(dispatcher);
        // A redelivery is signed afresh but keeps its id.
        WebhookResponse resigned = payhawk.deliver("/other/path", "d-1", "expense.created", "{\"expenseId\":\"43\"}")
                .sendTo(dispatcher);

        assertThat(first.body()).isEqualTo("{\"status\":\"processed\"}");
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.body()).isEqualTo("{\"status\":\"duplicate\"}");
        assertThat(resigned.body()).isEqualTo("{\"status\":\"duplicate\"}");
        assertThat(calls).containsExactly("created:d-1");
    }

    @Test
    void aFailedHandlerGets500AndTheRetriedDeliveryIsProcessed() {
        AtomicInteger attempts = new AtomicInteger();
        List<String> errors = new CopyOnWriteArrayList<>();
        WebhookDispatcher dispatcher = dispatcher()
                .on(ExpenseCreated.class, (event, context) -> {
                    if (attempts.incrementAndGet() == 1) {
                        throw new IllegalStateException("ledger database is down");
                    }
                })
                .onError((event, failure) -> errors.add(event.deliveryId() + ":" + failure.getMessage()))
                .build();
        SignedDelivery delivery = expenseCreated("d-1");

        WebhookResponse failed = delivery.sendTo(dispatcher);
        WebhookResponse retried = delivery.sendTo(dispatcher);
        WebhookResponse duplicate = delivery.sendTo(dispatcher);

        assertThat(failed.status()).isEqualTo(500);
        assertThat(failed.body()).contains("\"error\":\"processing_failed\"").doesNotContain("ledger");
        assertThat(errors).containsExactly("d-1:ledger database is down");
        assertThat(retried.status()).isEqualTo(200);
        assertThat(retried.body()).isEqualTo("{\"status\":\"processed\"}");
        assertThat(duplicate.body()).isEqualTo("{\"status\":\"duplicate\"}");
        assertThat(attempts).hasValue(2);
    }

    @Test
    void aHandlerThrowingAnErrorOrACheckedExceptionAlsoGets500() {
        WebhookDispatcher dispatcher = dispatcher()
                .on(ExpenseCreated.class, (event, context) -> {
                    throw new AssertionError("invariant broken");
                })
                .on(ExpenseApproved.class, (event, context) -> {
                    throw new java.io.IOException("disk full");
                })
                .build();

        assertThat(expenseCreated("d-1").sendTo(dispatcher).status()).isEqualTo(500);
        assertThat(payhawk.deliver(PATH, "d-2", "expense.approved", "{}").sendTo(dispatcher).status())
                .isEqualTo(500);
    }

    @Test
    void anErrorHookThatThrowsDoesNotChangeTheAnswer() {
        WebhookDispatcher dispatcher = dispatcher()
                .on(ExpenseCreated.class, (event, context) -> {
                    throw new IllegalStateException("handler failed");
                })
                .onError((event, failure) -> {
                    throw new IllegalStateException("metrics are down too");
                })
                .build();

        assertThat(expenseCreated("d-1").sendTo(dispatcher).status()).isEqualTo(500);
    }

    @Test
    void aCopyArrivingWhileTheFirstIsStillBeingHandledIsAskedToRetryAndNotRunTwice() throws Exception {
        CountDownLatch handlerStarted = new CountDownLatch(1);
        CountDownLatch finishHandler = new CountDownLatch(1);
        AtomicInteger runs = new AtomicInteger();
        WebhookDispatcher dispatcher = dispatcher()
                .on(ExpenseCreated.class, (event, context) -> {
                    runs.incrementAndGet();
                    handlerStarted.countDown();
                    assertThat(finishHandler.await(60, TimeUnit.SECONDS)).isTrue();
                })
                .build();
        SignedDelivery delivery = expenseCreated("d-1");

        CompletableFuture<WebhookResponse> first = CompletableFuture.supplyAsync(() -> delivery.sendTo(dispatcher));
        assertThat(handlerStarted.await(60, TimeUnit.SECONDS)).isTrue();
        WebhookResponse concurrentCopy = delivery.sendTo(dispatcher);
        finishHandler.countDown();

        assertThat(concurrentCopy.status()).isEqualTo(409);
        assertThat(concurrentCopy.body()).contains("\"error\":\"delivery_in_progress\"");
        assertThat(first.get(60, TimeUnit.SECONDS).status()).isEqualTo(200);
        assertThat(delivery.sendTo(dispatcher).body()).isEqualTo("{\"status\":\"duplicate\"}");
        assertThat(runs).hasValue(1);
    }

    @Test
    void aProcessedDeliveryIsNeverProcessedAgainAfterTheStoreFilledUpWhileItsCopiesStillVerify() {
        WebhookDispatcher dispatcher = dispatcher()
                .deliveryStore(InMemoryDeliveryStore.builder()
                        .maxEntries(2)
                        .clock(new AdjustableClock(PayhawkSender.NOW))
                        .build())
                .on(ExpenseCreated.class, recording("created"))
                .build();
        SignedDelivery first = expenseCreated("d-1");

        assertThat(first.sendTo(dispatcher).status()).isEqualTo(200);
        assertThat(expenseCreated("d-2").sendTo(dispatcher).status()).isEqualTo(200);
        WebhookResponse noRoom = expenseCreated("d-3").sendTo(dispatcher);
        WebhookResponse replay = first.sendTo(dispatcher);

        assertThat(noRoom.status()).isEqualTo(503);
        assertThat(noRoom.body()).contains("\"error\":\"store_full\"");
        assertThat(noRoom.headers()).containsEntry("Retry-After", "900");
        assertThat(replay.body()).isEqualTo("{\"status\":\"duplicate\"}");
        assertThat(calls).containsExactly("created:d-1", "created:d-2");
    }

    @Test
    void aStoreThatForgetsBeforeACopyStopsVerifyingIsRefusedWhenTheDispatcherIsBuilt() {
        // Default tolerance 5 minutes: a copy can verify for up to 10 minutes after its delivery was processed.
        assertThatThrownBy(() -> dispatcher()
                .deliveryStore(InMemoryDeliveryStore.builder().ttl(Duration.ofMinutes(1)).build()).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("remembers a processed delivery for PT1M")
                .hasMessageContaining("tolerance of PT5M");
        assertThatThrownBy(() -> dispatcher()
                .deliveryStore(InMemoryDeliveryStore.builder().ttl(Duration.ofMinutes(10)).build()).build())
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> dispatcher().deliveryStore(forgettingAfter(Duration.ofMinutes(3))).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("PT3M");

        assertThat(dispatcher()
                .deliveryStore(InMemoryDeliveryStore.builder().ttl(Duration.ofMinutes(10).plusMillis(1)).build())
                .build()).isNotNull();
        assertThat(dispatcher().deliveryStore(forgettingAfter(Duration.ofHours(1))).build()).isNotNull();
    }

    @Test
    void theDefaultStoreRemembersLongEnoughForAnyTolerance() {
        WebhookVerifier lenient = WebhookVerifier.builder()
                .publicKeySource(FixedPublicKeySource.of((RSAPublicKey) payhawk.signer().publicKey()))
                .tolerance(Duration.ofHours(1))
                .clock(Clock.fixed(PayhawkSender.NOW, ZoneOffset.UTC))
                .build();

        WebhookDispatcher dispatcher = WebhookDispatcher.builder().verifier(lenient).build();

        assertThat(expenseCreated("d-1").sendTo(dispatcher).status()).isEqualTo(200);
        assertThat(expenseCreated("d-1").sendTo(dispatcher).body()).isEqualTo("{\"status\":\"duplicate\"}");
    }

    /** A store that works like the in-memory one but says it forgets ids after {@code retention}. */
    private static DeliveryStore forgettingAfter(Duration retention) {
        InMemoryDeliveryStore memory = new InMemoryDeliveryStore();
        return new DeliveryStore() {
            @Override
            public DeliveryClaim claim(String deliveryId) {
                return memory.claim(deliveryId);
            }

            @Override
            public void confirm(String deliveryId) {
                memory.confirm(deliveryId);
            }

            @Override
            public void release(String deliveryId) {
                memory.release(deliveryId);
            }

            @Override
            public Duration retention() {
                return retention;
            }
        };
    }

    @Test
    void aDispatcherBoundToItsAccountsRejectsADeliveryForAnotherWith401() {
        WebhookDispatcher dispatcher = dispatcher()
                .servesAccounts("acc-1", "acc-7")
                .on(ExpenseCreated.class, recording("created"))
                .build();
        SignedDelivery forAnotherAccount = payhawk.sign(PATH, "{\"id\":\"d-2\",\"accountId\":\"acc-2\","
                + "\"eventType\":\"expense.created\",\"payload\":{\"expenseId\":\"43\"}}");

        WebhookResponse rejected = forAnotherAccount.sendTo(dispatcher);
        WebhookResponse served = expenseCreated("d-1").sendTo(dispatcher);

        assertThat(rejected.status()).isEqualTo(401);
        assertThat(rejected.body()).startsWith("{\"error\":\"account_not_served\",").doesNotContain("acc-2");
        assertThat(served.status()).isEqualTo(200);
        assertThat(calls).containsExactly("created:d-1");
    }

    @Test
    void anUnboundDispatcherServesEveryAccountAndBindingNeedsRealIds() {
        WebhookDispatcher dispatcher = dispatcher().on(ExpenseCreated.class, recording("created")).build();
        SignedDelivery forAnyAccount = payhawk.sign(PATH, "{\"id\":\"d-2\",\"accountId\":\"acc-2\","
                + "\"eventType\":\"expense.created\",\"payload\":{\"expenseId\":\"43\"}}");

        assertThat(forAnyAccount.sendTo(dispatcher).status()).isEqualTo(200);
        assertThatThrownBy(() -> dispatcher().servesAccounts()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one account id");
        assertThatThrownBy(() -> dispatcher().servesAccounts("acc-1", " ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> dispatcher().servesAccounts(java.util.Arrays.asList("acc-1", null)))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void aFailingDeliveryStoreGives500AndNoHandlerRun() {
        DeliveryStore unavailable = new DeliveryStore() {
            @Override
            public DeliveryClaim claim(String deliveryId) {
                throw new IllegalStateException("store unreachable");
            }

            @Override
            public void confirm(String deliveryId) {
            }

            @Override
            public void release(String deliveryId) {
            }
        };
        WebhookDispatcher dispatcher = dispatcher()
                .deliveryStore(unavailable)
                .on(ExpenseCreated.class, recording("created"))
                .build();

        assertThat(expenseCreated("d-1").sendTo(dispatcher).status()).isEqualTo(500);
        assertThat(calls).isEmpty();
    }

    @Test
    void anAlteredBodyIsRejectedWith401AndTheAnswerEchoesNeitherSignatureNorBody() {
        WebhookDispatcher dispatcher = dispatcher().on(ExpenseCreated.class, recording("created")).build();
        SignedDelivery delivery = expenseCreated("d-1");
        SignedDelivery altered = delivery.withBody(PayhawkSender.envelope("d-1", "expense.created",
                "{\"expenseId\":\"666\"}"));

        WebhookResponse response = altered.sendTo(dispatcher);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.body()).startsWith("{\"error\":\"signature_mismatch\",\"message\":")
                .doesNotContain(delivery.signature())
                .doesNotContain("666");
        assertThat(calls).isEmpty();
    }

    @Test
    void aDeliveryCheckedAgainstAnotherPathIsRejectedWith401() {
        WebhookDispatcher dispatcher = dispatcher().on(ExpenseCreated.class, recording("created")).build();

        WebhookResponse response = expenseCreated("d-1").withPath("/payhawk/webhooks?tenant=other").sendTo(dispatcher);

        assertThat(response.status()).isEqualTo(401);
        assertThat(calls).isEmpty();
    }

    @Test
    void aRejectedDeliveryCannotSplitOrForgeLogLines() {
        WebhookDispatcher dispatcher = dispatcher().on(ExpenseCreated.class, recording("created")).build();
        java.io.PrintStream originalErr = System.err;
        java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
        WebhookResponse response;
        try {
            // slf4j-simple, the test binding, writes to whatever System.err is at the time of the call.
            System.setErr(new java.io.PrintStream(captured, true, java.nio.charset.StandardCharsets.UTF_8));
            response = expenseCreated("d-1")
                    .withPath("/payhawk/webhooks\n[main] INFO forged line\r")
                    .sendTo(dispatcher);
        } finally {
            System.setErr(originalErr);
        }

        assertThat(response.status()).isEqualTo(401);
        String log = captured.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(log).contains("Rejected webhook delivery to /payhawk/webhooks?[main] INFO forged line?");
        assertThat(log.lines().filter(line -> line.startsWith("[main] INFO forged"))).isEmpty();
    }

    @Test
    void anAbsurdTimestampIsAnswered401WithItsReasonAndLoggedInOneLineWithoutAStackTrace() {
        WebhookDispatcher dispatcher = dispatcher().on(ExpenseCreated.class, recording("created")).build();
        SignedDelivery delivery = expenseCreated("d-1");
        java.util.Map<String, List<String>> headers = new java.util.HashMap<>(delivery.headers());
        headers.put(WebhookHeaders.TIMESTAMP, List.of("+300000000-01-01T00:00:00Z"));
        java.io.PrintStream originalErr = System.err;
        java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
        WebhookResponse response;
        try {
            System.setErr(new java.io.PrintStream(captured, true, java.nio.charset.StandardCharsets.UTF_8));
            response = dispatcher.handle(PATH, headers, delivery.body());
        } finally {
            System.setErr(originalErr);
        }

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.body()).contains("\"error\":\"timestamp_in_future\"");
        String log = captured.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(log).contains("Rejected webhook delivery to /payhawk/webhooks: timestamp +300000000-01-01T00:00:00Z is");
        assertThat(log.lines()).hasSize(1);
        assertThat(log).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(calls).isEmpty();
    }

    @Test
    void missingSignatureHeadersAreRejectedWith401() {
        WebhookDispatcher dispatcher = dispatcher().on(ExpenseCreated.class, recording("created")).build();
        SignedDelivery delivery = expenseCreated("d-1");

        WebhookResponse response = dispatcher.handle(PATH, java.util.Map.of(), delivery.body());

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.body()).contains("\"error\":\"missing_header\"");
    }

    @Test
    void withoutAUsableKeyTheDeliveryIsAnswered503SoItIsRetriedOnceTheKeyIsBack() {
        PublicKeySource unreachable = new PublicKeySource() {
            @Override
            public List<PublicKey> currentKeys() {
                throw new IllegalStateException("GET /api/v3/rsa-public-key failed: connection refused");
            }

            @Override
            public boolean refresh() {
                return false;
            }
        };
        WebhookDispatcher dispatcher = WebhookDispatcher.builder()
                .verifier(PayhawkSender.verifier(unreachable))
                .on(ExpenseCreated.class, recording("created"))
                .build();

        WebhookResponse response = expenseCreated("d-1").sendTo(dispatcher);

        assertThat(response.status()).isEqualTo(503);
        assertThat(response.body()).contains("\"error\":\"no_usable_key\"").doesNotContain("connection refused");
        assertThat(calls).isEmpty();
    }

    @Test
    void aSignedBodyThatIsNotADeliveryIsRejectedWith400() {
        WebhookDispatcher dispatcher = dispatcher().onUnhandled(recording("fallback")).build();

        WebhookResponse notJson = payhawk.sign(PATH, "{\"id\": \"d-1\", oops").sendTo(dispatcher);
        WebhookResponse noEventType = payhawk.sign(PATH, "{\"id\":\"d-2\",\"accountId\":\"acc-1\"}")
                .sendTo(dispatcher);

        assertThat(notJson.status()).isEqualTo(400);
        assertThat(notJson.body()).contains("\"error\":\"invalid_payload\"").doesNotContain("oops");
        assertThat(noEventType.status()).isEqualTo(400);
        assertThat(calls).isEmpty();
    }

    @Test
    void aBodyOverTheLimitIsRejectedWith413BeforeVerification() {
        WebhookDispatcher dispatcher = dispatcher()
                .maxBodyBytes(64)
                .on(ExpenseCreated.class, recording("created"))
                .build();
        String padding = " ".repeat(64);
        SignedDelivery large = payhawk.deliver(PATH, "d-1", "expense.created", "{\"expenseId\":\"43\"}" + padding);
        SignedDelivery small = payhawk.sign(PATH, "{}");

        WebhookResponse response = large.sendTo(dispatcher);

        assertThat(response.status()).isEqualTo(413);
        assertThat(response.body()).contains("\"error\":\"body_too_large\"");
        assertThat(small.sendTo(dispatcher).status()).isEqualTo(400);
        assertThat(calls).isEmpty();
        assertThat(dispatcher.maxBodyBytes()).isEqualTo(64);
    }

    @Test
    void theDefaultBodyLimitIsOneMebibyte() {
        assertThat(dispatcher().build().maxBodyBytes()).isEqualTo(1024 * 1024);
    }

    @Test
    void missingPartsOfARequestAreRejectedWith400InsteadOfThrowing() {
        WebhookDispatcher dispatcher = dispatcher().build();

        assertThat(dispatcher.handle(null, java.util.Map.of(), new byte[0]).status()).isEqualTo(400);
        assertThat(dispatcher.handle(PATH, null, new byte[0]).status()).isEqualTo(400);
        assertThat(dispatcher.handle(PATH, java.util.Map.of(), null).status()).isEqualTo(400);
    }

    @Test
    void aHandlerCanBeRegisteredOnlyOncePerClassAndAVerifierIsRequired() {
        WebhookDispatcher.Builder builder = dispatcher().on(PaymentSettled.class, recording("settled"));

        assertThatThrownBy(() -> builder.on(PaymentSettled.class, recording("again")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("PaymentSettled");
        assertThatThrownBy(() -> WebhookDispatcher.builder().build())
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("verifier");
    }

    @Test
    void withoutAClientTheContextSaysHowToConfigureOne() {
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        WebhookDispatcher dispatcher = dispatcher()
                .on(ExpenseReviewed.class, (event, context) -> context.expense())
                .onError((event, failure) -> failures.add(failure))
                .build();

        WebhookResponse response = payhawk.deliver(PATH, "d-1", "expense.reviewed", "{\"expenseId\":\"43\"}")
                .sendTo(dispatcher);

        assertThat(response.status()).isEqualTo(500);
        assertThat(failures).singleElement()
                .isInstanceOf(IllegalStateException.class)
                .extracting(Throwable::getMessage).asString()
                .contains("WebhookDispatcher.builder().client(");
    }
}
