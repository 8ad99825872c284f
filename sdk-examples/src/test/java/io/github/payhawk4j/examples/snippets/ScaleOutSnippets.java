package io.github.payhawk4j.examples.snippets;

import io.github.payhawk4j.webhooks.WebhookDispatcher;
import io.github.payhawk4j.webhooks.WebhookVerifier;
import io.github.payhawk4j.webhooks.delivery.JdbcDeliveryStore;
import io.github.payhawk4j.webhooks.event.ExpenseApproved;
import io.github.payhawk4j.webhooks.inbox.DeadDeliveries;
import io.github.payhawk4j.webhooks.inbox.DeadDelivery;
import io.github.payhawk4j.webhooks.inbox.InboxStatistics;
import io.github.payhawk4j.webhooks.inbox.WebhookInbox;
import io.github.payhawk4j.webhooks.servlet.PayhawkWebhookFilter;
import jakarta.servlet.Filter;

import javax.sql.DataSource;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * The code of "Running several instances" and "Exactly once" in docs/webhooks.md; {@code ScaleOutSnippetsTest}
 * runs it on H2.
 */
final class ScaleOutSnippets {

    private ScaleOutSnippets() {
    }

    /** Stands in for the application's own code. */
    interface Ledger {
        void book(String expenseId);
    }

    static WebhookDispatcher sharedStore(DataSource dataSource, WebhookVerifier verifier, Ledger ledger) {
        // tag::jdbc-store[]
        JdbcDeliveryStore store = JdbcDeliveryStore.builder(dataSource)   // your pool; the SDK brings no driver
                .lease(Duration.ofMinutes(5))      // a dead node's claim is taken over after this
                .retention(Duration.ofDays(7))     // copies arriving within it are duplicates
                .build();
        WebhookDispatcher dispatcher = WebhookDispatcher.builder()
                .verifier(verifier)
                .deliveryStore(store)              // every node uses the same table
                .on(ExpenseApproved.class, (event, context) -> ledger.book(event.expenseId()))
                .build();
        // end::jdbc-store[]
        return dispatcher;
    }

    static WebhookDispatcher exactlyOnce(DataSource dataSource, WebhookVerifier verifier) {
        // tag::exactly-once[]
        WebhookDispatcher dispatcher = WebhookDispatcher.builder()
                .verifier(verifier)
                .deliveryStore(JdbcDeliveryStore.builder(dataSource).build())
                .handlersInTransaction(true)       // the handler runs in the transaction that records the delivery
                .on(ExpenseApproved.class, (event, context) -> {
                    try (PreparedStatement book = context.connection().prepareStatement(
                            "INSERT INTO erp_journal (expense_id, delivery_id) VALUES (?, ?)")) {
                        book.setString(1, event.expenseId());
                        book.setString(2, event.deliveryId());
                        book.executeUpdate();      // commits with the delivery record, or not at all
                    }
                })
                .build();
        // end::exactly-once[]
        return dispatcher;
    }

    static WebhookInbox inbox(DataSource dataSource, WebhookDispatcher dispatcher, Consumer<Filter> register) {
        // tag::inbox[]
        WebhookInbox inbox = WebhookInbox.builder(dataSource, dispatcher)   // the dispatcher's verifier and handlers
                .workers(4)                        // handler threads on this node
                .lease(Duration.ofMinutes(5))      // a dead node's deliveries are taken over after this
                .maxAttempts(10)                   // then the delivery is parked as dead
                .backoff(Duration.ofSeconds(10), Duration.ofMinutes(30))
                .build();
        inbox.start();                             // on every node that should run handlers
        register.accept(new PayhawkWebhookFilter(inbox));   // answers 200 as soon as the delivery is stored
        // end::inbox[]
        return inbox;
    }

    static void shutDown(WebhookInbox inbox) {
        // tag::inbox-close[]
        inbox.close();                             // finishes, or hands back, what is in flight
        // end::inbox-close[]
    }

    static int deadLetters(WebhookInbox inbox, org.slf4j.Logger log) {
        // tag::dead[]
        DeadDeliveries dead = inbox.deadDeliveries();   // or DeadDeliveries.of(dataSource) in an admin tool
        for (DeadDelivery delivery : dead.list(50)) {
            log.warn("{} ({}) failed {} times: {}", delivery.deliveryId(), delivery.eventType(),
                    delivery.attempts(), delivery.lastError());
            dead.replay(delivery.deliveryId());         // once the cause is fixed
        }
        // end::dead[]
        return dead.list(50).size();
    }

    static InboxStatistics monitor(WebhookInbox inbox) {
        // tag::statistics[]
        InboxStatistics now = inbox.statistics();       // across all nodes
        long backlog = now.pending() + now.running();   // alert when it keeps growing
        long dead = now.dead();                         // alert when above zero
        // end::statistics[]
        return new InboxStatistics(backlog - now.running(), now.running(), dead, now.oldestUnfinished());
    }
}
