package io.github.payhawk4j.webhooks.scaleout;

import com.zaxxer.hikari.HikariDataSource;
import io.github.payhawk4j.webhooks.WebhookDispatcher;
import io.github.payhawk4j.webhooks.WebhookHandler;
import io.github.payhawk4j.webhooks.database.TestDatabase;
import io.github.payhawk4j.webhooks.event.WebhookEvent;
import io.github.payhawk4j.webhooks.inbox.WebhookInbox;
import io.github.payhawk4j.webhooks.testing.WebhookSigner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Handlers that take 2 seconds each (an ERP that is slow to answer): the inbox answers every delivery without
 * waiting for them, while the dispatcher holds the sender for the handler's whole time. Then the inbox is closed
 * with handlers still running, and hands their deliveries back instead of losing them.
 */
class SlowHandlerTest {

    @RegisterExtension
    static final TestDatabase DATABASE = TestDatabase.of(TestDatabase.Dialect.POSTGRESQL, 4);

    private static final Duration HANDLER_TIME = Duration.ofSeconds(2);
    private static final int DELIVERIES = 300;
    private static final int SENDERS = 8;
    private static final int WARM_UP = 200;
    /**
     * The bound the 99th percentile of the inbox's answers must stay under: a quarter of the handler's time, so it
     * proves the sender never waits for a handler, with room for a build machine shared by several builds (the
     * figures measured on an idle machine are in docs/performance.md).
     */
    private static final Duration P99_BOUND = HANDLER_TIME.dividedBy(4);

    private final Payhawk payhawk = new Payhawk(WebhookSigner.generate());
    private final List<AutoCloseable> running = new ArrayList<>();
    private final WebhookHandler<WebhookEvent> slowErp = (event, context) -> Thread.sleep(HANDLER_TIME.toMillis());

    @AfterEach
    void stop() throws Exception {
        Collections.reverse(running);
        for (AutoCloseable closeable : running) {
            closeable.close();
        }
    }

    @Test
    void theInboxAnswersAtOnceWhileTheDispatcherHoldsTheSenderForTheHandlersTime() throws Exception {
        HikariDataSource pool = DATABASE.newPool(12);
        running.add(pool);
        WebhookDispatcher dispatcher = WebhookDispatcher.builder()
                .verifier(payhawk.verifier())
                .on(WebhookEvent.class, slowErp)
                .build();
        WebhookInbox inbox = WebhookInbox.builder(pool, dispatcher)
                .workers(4)
                .handlersInTransaction(false)
                .shutdownTimeout(Duration.ofMillis(500))
                .build();
        running.add(inbox);
        inbox.start();
        JettyNode node = JettyNode.start(Map.of("/inbox", inbox, "/dispatch", dispatcher));
        running.add(node);

        // Warm up (class loading, JIT, pool connections) as a running service is; these answers are not measured.
        new Senders(payhawk, List.of(node.uri("/")), WARM_UP).sendAll(payhawk.expenseDeliveries("/inbox", "warm-up",
                WARM_UP, WARM_UP).stream().map(delivery -> new Senders.Send(delivery, 0)).toList(), SENDERS, 120);
        List<Senders.Send> sends = payhawk.expenseDeliveries("/inbox", "slow", DELIVERIES, DELIVERIES).stream()
                .map(delivery -> new Senders.Send(delivery, 0)).toList();
        Senders inboxSenders = new Senders(payhawk, List.of(node.uri("/")), DELIVERIES);
        long millis = inboxSenders.sendAll(sends, SENDERS, 120);

        Senders dispatchSenders = new Senders(payhawk, List.of(node.uri("/")), 3);
        dispatchSenders.sendAll(payhawk.expenseDeliveries("/dispatch", "held", 3, 3).stream()
                .map(delivery -> new Senders.Send(delivery, 0)).toList(), 3, 60);

        System.out.printf("slow handlers (%d ms each): inbox accepted %d deliveries from %d senders in %d ms,"
                        + " p50 %.1f ms, p99 %.1f ms, max %.1f ms; dispatcher answered after p50 %.0f ms%n",
                HANDLER_TIME.toMillis(), DELIVERIES, SENDERS, millis, inboxSenders.latencyMillis(50),
                inboxSenders.latencyMillis(99), inboxSenders.latencyMillis(100), dispatchSenders.latencyMillis(50));
        assertThat(inboxSenders.lost()).isEmpty();
        assertThat(inboxSenders.count("{\"status\":\"accepted\"}")).isEqualTo(DELIVERIES);
        assertThat(inboxSenders.latencyMillis(99)).as("p99 of the inbox's answers, ms")
                .isLessThan((double) P99_BOUND.toMillis());
        assertThat(dispatchSenders.latencyMillis(0)).as("fastest answer of the dispatcher, ms")
                .isGreaterThanOrEqualTo((double) HANDLER_TIME.toMillis());

        inbox.close();
        long done = DATABASE.queryLong("SELECT COUNT(*) FROM payhawk_webhook_inbox WHERE status = 'done'");
        assertThat(done).as("the workers were busy with the first deliveries when the inbox closed")
                .isLessThan(DELIVERIES + WARM_UP);
        assertThat(DATABASE.queryLong("SELECT COUNT(*) FROM payhawk_webhook_inbox WHERE status = 'pending'"))
                .as("everything else waits, handed back or never taken, for the next start")
                .isEqualTo(DELIVERIES + WARM_UP - done);
    }
}
