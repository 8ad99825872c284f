package io.github.payhawk4j.webhooks;

import io.github.payhawk4j.webhooks.event.ExpenseCreated;
import io.github.payhawk4j.webhooks.observation.DeliveryHandled;
import io.github.payhawk4j.webhooks.observation.WebhookListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the dispatcher tells its {@link WebhookListener} for really signed deliveries, in order, and what the slf4j
 * MDC holds while a handler runs.
 */
class DispatcherObservationTest {

    private static final String PATH = "/payhawk/webhooks";
    private static final PayhawkSender payhawk = new PayhawkSender();

    private final RecordingWebhookListener listener = new RecordingWebhookListener();

    @AfterEach
    void clearMdc() {
        MDC.clear();
    }

    @Test
    void eachDeliveryIsReceivedThenVerifiedOrRejectedWithItsReasonThenHandledDuplicateOrFailed() {
        WebhookDispatcher dispatcher = WebhookDispatcher.builder().verifier(payhawk.verifier()).listener(listener)
                .on(ExpenseCreated.class, (event, context) -> {
                    if (event.expenseId().equals("broken")) {
                        throw new IllegalStateException("ledger down");
                    }
                })
                .build();
        SignedDelivery first = payhawk.deliver(PATH, "d-1", "expense.created", "{\"expenseId\":\"43\"}");

        assertThat(first.sendTo(dispatcher).status()).isEqualTo(200);
        assertThat(first.sendTo(dispatcher).body()).contains("duplicate");
        assertThat(first.withBody("{\"forged\":true}").sendTo(dispatcher).status()).isEqualTo(401);
        assertThat(payhawk.deliver(PATH, "d-2", "expense.created", "{\"expenseId\":\"broken\"}").sendTo(dispatcher)
                .status()).isEqualTo(500);
        assertThat(dispatcher.handle(PATH, Map.of(), "{}".getBytes()).status()).isEqualTo(401);

        List<String> lines = listener.lines();
        assertThat(lines).containsExactly(
                "received", "verified d-1 expense.created acc-1", "handled d-1",
                "received", "verified d-1 expense.created acc-1", "duplicate d-1",
                "received", "rejected 401 signature_mismatch",
                "received", "verified d-2 expense.created acc-1", "failed d-2 IllegalStateException",
                "received", "rejected 401 missing_header");
        assertThat(String.join("\n", lines)).doesNotContain(first.signature()).doesNotContain("forged");
        assertThat(listener.handledEvents()).extracting(DeliveryHandled::duration)
                .allSatisfy(duration -> assertThat(duration).isGreaterThanOrEqualTo(Duration.ZERO));
        assertThat(listener.handledEvents()).extracting(DeliveryHandled::succeeded).containsExactly(true, false);
    }

    @Test
    void theMdcHoldsTheDeliveryWhileItsHandlerRunsAndWhatItHeldBeforeAfterwards() {
        List<Map<String, String>> seen = new CopyOnWriteArrayList<>();
        WebhookDispatcher dispatcher = WebhookDispatcher.builder().verifier(payhawk.verifier())
                .on(ExpenseCreated.class, (event, context) -> {
                    seen.add(MDC.getCopyOfContextMap());
                    if (event.expenseId().equals("broken")) {
                        throw new IllegalStateException("ledger down");
                    }
                })
                .build();
        MDC.put("requestId", "r-9");
        MDC.put("payhawk.accountId", "outer");

        payhawk.deliver(PATH, "d-1", "expense.created", "{\"expenseId\":\"43\"}").sendTo(dispatcher);
        payhawk.deliver(PATH, "d-2", "expense.created", "{\"expenseId\":\"broken\"}").sendTo(dispatcher);

        assertThat(seen).hasSize(2);
        assertThat(seen.get(0)).containsEntry("payhawk.deliveryId", "d-1").containsEntry("payhawk.eventType",
                "expense.created").containsEntry("payhawk.accountId", "acc-1").containsEntry("requestId", "r-9");
        assertThat(seen.get(1)).containsEntry("payhawk.deliveryId", "d-2");
        assertThat(MDC.getCopyOfContextMap()).isEqualTo(Map.of("requestId", "r-9", "payhawk.accountId", "outer"));
    }

    @Test
    void aListenerThatThrowsDoesNotChangeTheAnswer() {
        List<String> handled = new CopyOnWriteArrayList<>();
        WebhookListener broken = new WebhookListener() {
            @Override
            public void received() {
                throw new IllegalStateException("metrics down");
            }

            @Override
            public void handled(DeliveryHandled event) {
                throw new IllegalStateException("metrics down");
            }
        };
        WebhookDispatcher dispatcher = WebhookDispatcher.builder().verifier(payhawk.verifier()).listener(broken)
                .on(ExpenseCreated.class, (event, context) -> handled.add(event.deliveryId()))
                .build();

        WebhookResponse answer = payhawk.deliver(PATH, "d-1", "expense.created", "{\"expenseId\":\"43\"}")
                .sendTo(dispatcher);
        WebhookResponse again = payhawk.deliver(PATH, "d-2", "expense.created", "{\"expenseId\":\"44\"}")
                .sendTo(dispatcher);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(again.status()).isEqualTo(200);
        assertThat(handled).containsExactly("d-1", "d-2");
    }
}
