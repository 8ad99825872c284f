package io.github.payhawk4j.sandbox;

import io.github.payhawk4j.client.PayhawkClient;
import io.github.payhawk4j.model.webhook.EventType;
import io.github.payhawk4j.webhooks.WebhookDispatcher;
import io.github.payhawk4j.webhooks.WebhookVerifier;
import io.github.payhawk4j.webhooks.catchup.CatchUp;
import io.github.payhawk4j.webhooks.catchup.CatchUpResult;
import io.github.payhawk4j.webhooks.catchup.DeliveryGap;
import io.github.payhawk4j.webhooks.event.ExpenseCreated;
import io.github.payhawk4j.webhooks.event.SupplierEvent;
import io.github.payhawk4j.webhooks.event.SupplierUpdated;
import io.github.payhawk4j.webhooks.event.WebhookEvent;
import io.github.payhawk4j.webhooks.key.FixedPublicKeySource;
import io.github.payhawk4j.webhooks.testing.WebhookSigner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a catch-up lists from the API for each kind of gap, against the sandbox: expenses by their exact creation
 * instant (although the API filters by day), every supplier as a refresh, nothing for what the API cannot show.
 */
class CatchUpListingTest {

    private static final Instant NINE = Instant.parse("2026-12-02T09:00:00Z");

    private static final MovableClock clock = new MovableClock(NINE);
    private static PayhawkSandbox sandbox;
    private static PayhawkClient client;
    private final List<WebhookEvent> handled = new CopyOnWriteArrayList<>();
    private final WebhookDispatcher dispatcher = WebhookDispatcher.builder()
            .verifier(WebhookVerifier.builder()
                    .publicKeySource(FixedPublicKeySource.of((RSAPublicKey) sandbox.publicKey())).build())
            .client(client)
            .on(ExpenseCreated.class, (event, context) -> handled.add(event))
            .on(SupplierEvent.class, (event, context) -> handled.add(event))
            .build();

    @BeforeAll
    static void start() {
        sandbox = PayhawkSandbox.builder().clock(clock).signer(WebhookSigner.generate(2048)).withoutRateLimit()
                .start();
        client = PayhawkClient.builder().baseUrl(sandbox.baseUrl()).apiKey(sandbox.apiKey())
                .accountId(sandbox.accountId()).build();
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    private DeliveryGap gap(EventType type, Instant from, Instant to) {
        return new DeliveryGap(sandbox.accountId(), type, "https://partner.example/payhawk/webhooks", from, to);
    }

    @Test
    void expensesCreatedInTheWindowToTheMillisecondAreCaughtUpOnce() {
        clock.set(NINE.plusSeconds(3600));
        String before = sandbox.account().createCardExpense(CardPurchase.of("Before", new BigDecimal("1.00"), "EUR"));
        clock.set(NINE.plusSeconds(7200));
        String inside = sandbox.account().createCardExpense(CardPurchase.of("Inside", new BigDecimal("2.00"), "EUR"));
        clock.set(NINE.plusSeconds(10800));
        String after = sandbox.account().createCardExpense(CardPurchase.of("After", new BigDecimal("3.00"), "EUR"));
        DeliveryGap window = gap(EventType.EXPENSE_CREATED, NINE.plusSeconds(3601), NINE.plusSeconds(10799));

        CatchUpResult first = CatchUp.of(dispatcher, client).close(window);
        CatchUpResult again = CatchUp.of(dispatcher, client).close(window);

        assertThat(first.closed()).isTrue();
        assertThat(first.processed()).isEqualTo(1);
        assertThat(again.duplicates()).isEqualTo(1);
        assertThat(handled).singleElement().isInstanceOfSatisfying(ExpenseCreated.class, event -> {
            assertThat(event.expenseId()).isEqualTo(inside).isNotIn(before, after);
            assertThat(event.deliveryId()).isEqualTo("catch-up:expense.created:" + sandbox.accountId() + ":" + inside);
            assertThat(event.timestamp()).isEqualTo(NINE.plusSeconds(7200));
        });
    }

    @Test
    void everySupplierIsOfferedAsAnUpdateBecauseSuppliersCarryNoDates() {
        String active = sandbox.account().createSupplier("Lufthansa");
        DeliveryGap window = gap(EventType.SUPPLIER_CREATED, NINE, NINE.plus(Duration.ofHours(5)));

        CatchUpResult result = CatchUp.of(dispatcher, client).close(window);

        assertThat(result.closed()).isTrue();
        assertThat(handled).isNotEmpty().allSatisfy(event -> assertThat(event).isInstanceOf(SupplierUpdated.class));
        assertThat(handled).extracting(event -> ((SupplierUpdated) event).supplierId()).contains(active);
        assertThat(handled).extracting(WebhookEvent::deliveryId).contains("catch-up:supplier.updated:"
                + sandbox.accountId() + ":" + active + "@" + window.to().toEpochMilli());
    }

    @Test
    void aGapOfAnEventTypeTheApiCannotListIsReportedNotGuessed() {
        CatchUpResult deleted = CatchUp.of(dispatcher, client)
                .close(gap(EventType.EXPENSE_DELETED, NINE, NINE.plusSeconds(60)));

        assertThat(deleted.outcome()).isEqualTo(CatchUpResult.Outcome.NOT_RECONSTRUCTABLE);
        assertThat(deleted.synthesized()).isZero();
        assertThat(handled).isEmpty();
        assertThat(CatchUp.reconstructable()).containsExactlyInAnyOrder(EventType.EXPENSE_CREATED,
                EventType.EXPENSE_REVIEWED, EventType.PAYMENT_SETTLED, EventType.SUPPLIER_CREATED,
                EventType.SUPPLIER_UPDATED);
    }
}
