package io.github.payhawk4j.webhooks;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.github.payhawk4j.webhooks.catchup.EventKey;
import io.github.payhawk4j.webhooks.event.ExpenseReviewed;
import io.github.payhawk4j.webhooks.event.PaymentSettled;
import io.github.payhawk4j.webhooks.event.SupplierUpdated;
import io.github.payhawk4j.webhooks.event.WebhookEvent;
import io.github.payhawk4j.webhooks.event.WebhookEventParser;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** Synthesized events run through the dispatcher's de-duplication and handlers, marked as catch-up. */
class CatchUpDispatchTest {

    private static final String PATH = "/payhawk/webhooks";
    private static final PayhawkSender payhawk = new PayhawkSender();

    private static ExpenseReviewed synthesizedReview(String expenseId) {
        return new ExpenseReviewed("catch-up:expense.reviewed:acc-1:" + expenseId, "acc-1",
                Instant.parse("2026-12-02T10:00:00Z"), expenseId, JsonNodeFactory.instance.objectNode()
                .put("expenseId", expenseId));
    }

    @Test
    void aSynthesizedEventReachesTheHandlerOnceMarkedAsCatchUp() {
        List<Boolean> catchUpFlags = new CopyOnWriteArrayList<>();
        WebhookDispatcher dispatcher = WebhookDispatcher.builder().verifier(payhawk.verifier())
                .on(ExpenseReviewed.class, (event, context) -> catchUpFlags.add(context.isCatchUp()))
                .build();

        WebhookResponse first = dispatcher.dispatchCatchUp(synthesizedReview("43"));
        WebhookResponse again = dispatcher.dispatchCatchUp(synthesizedReview("43"));
        WebhookResponse real = payhawk.deliver(PATH, "d-real", "expense.reviewed", "{\"expenseId\":\"43\"}")
                .sendTo(dispatcher);

        assertThat(first.body()).isEqualTo("{\"status\":\"processed\"}");
        assertThat(again.body()).isEqualTo("{\"status\":\"duplicate\"}");
        assertThat(real.body()).isEqualTo("{\"status\":\"processed\"}");
        assertThat(catchUpFlags).containsExactly(true, false);
    }

    @Test
    void aFailedSynthesizedEventIsReleasedSoTheNextCatchUpRunsItAgain() {
        AtomicInteger runs = new AtomicInteger();
        WebhookDispatcher dispatcher = WebhookDispatcher.builder().verifier(payhawk.verifier())
                .on(ExpenseReviewed.class, (event, context) -> {
                    if (runs.incrementAndGet() == 1) {
                        throw new IllegalStateException("ledger down");
                    }
                })
                .build();

        assertThat(dispatcher.dispatchCatchUp(synthesizedReview("44")).status()).isEqualTo(500);
        assertThat(dispatcher.dispatchCatchUp(synthesizedReview("44")).body()).isEqualTo("{\"status\":\"processed\"}");
        assertThat(runs).hasValue(2);
    }

    @Test
    void aRealDeliveryAndItsSynthesizedTwinShareTheirEventKey() {
        WebhookEvent real = new WebhookEventParser().parse(PayhawkSender.envelope("0b5e-opaque", "payment.settled",
                "{\"expenseId\":\"43\",\"paymentId\":\"pay_7\"}").getBytes(StandardCharsets.UTF_8), PayhawkSender.NOW);
        PaymentSettled twin = new PaymentSettled("catch-up:payment.settled:acc-1:pay_7", "acc-1",
                Instant.parse("2026-12-02T10:00:00Z"), "43", Optional.of("pay_7"),
                JsonNodeFactory.instance.objectNode().put("expenseId", "43").put("paymentId", "pay_7"));

        assertThat(EventKey.of(real)).contains(new EventKey("payment.settled:acc-1:pay_7"));
        assertThat(EventKey.of(twin)).isEqualTo(EventKey.of(real));
        assertThat(twin.deliveryId()).isEqualTo("catch-up:" + EventKey.of(twin).orElseThrow().value());
    }

    @Test
    void repeatableEventTypesHaveNoKey() {
        SupplierUpdated updated = new SupplierUpdated("d-1", "acc-1", Instant.EPOCH, "sup_1",
                JsonNodeFactory.instance.objectNode().put("supplierId", "sup_1"));

        assertThat(EventKey.of(updated)).isEmpty();
    }
}
