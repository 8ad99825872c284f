package io.github.payhawk4j.examples.snippets;

import io.github.payhawk4j.client.PayhawkClient;
import io.github.payhawk4j.error.NotFoundException;
import io.github.payhawk4j.model.expense.ExpenseStatus;
import io.github.payhawk4j.model.webhook.EventType;
import io.github.payhawk4j.webhooks.WebhookDispatcher;
import io.github.payhawk4j.webhooks.WebhookVerifier;
import io.github.payhawk4j.webhooks.catchup.CatchUp;
import io.github.payhawk4j.webhooks.catchup.CatchUpResult;
import io.github.payhawk4j.webhooks.catchup.EventKey;
import io.github.payhawk4j.webhooks.catchup.JdbcWatermarkStore;
import io.github.payhawk4j.webhooks.catchup.MonitorReport;
import io.github.payhawk4j.webhooks.catchup.ReceivedDeliveries;
import io.github.payhawk4j.webhooks.catchup.SubscriptionCheck;
import io.github.payhawk4j.webhooks.catchup.SubscriptionMonitor;
import io.github.payhawk4j.webhooks.delivery.JdbcDeliveryStore;
import io.github.payhawk4j.webhooks.event.ExpenseReviewed;
import org.slf4j.Logger;

import javax.sql.DataSource;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;

/** The code of docs/missed-deliveries.md; {@code MissedDeliverySnippetsTest} runs it on H2 against the sandbox. */
final class MissedDeliverySnippets {

    private MissedDeliverySnippets() {
    }

    /** Stands in for the application's own code. */
    interface Erp {
        /** The expenses the ERP holds that are still open. */
        List<String> openExpenseIds();

        /** Reverses what the ERP booked for an expense deleted in Payhawk. */
        void cancel(String expenseId);
    }

    /** What {@link #monitor} builds. */
    record Wiring(WebhookDispatcher dispatcher, SubscriptionMonitor monitor) {
    }

    static Wiring monitor(PayhawkClient client, DataSource dataSource, WebhookVerifier verifier, String callbackUrl) {
        // tag::monitor[]
        ReceivedDeliveries received = new ReceivedDeliveries();     // when each event type last arrived
        WebhookDispatcher dispatcher = WebhookDispatcher.builder()
                .verifier(verifier)
                .client(client)
                .deliveryStore(JdbcDeliveryStore.builder(dataSource).build())   // shared, so twins dedupe too
                .handlersInTransaction(true)
                .listener(received)
                .on(ExpenseReviewed.class, MissedDeliverySnippets::bookOnce)
                .build();
        SubscriptionMonitor monitor = SubscriptionMonitor.builder(client)
                .require(EventType.EXPENSE_REVIEWED, callbackUrl)
                .require(EventType.PAYMENT_SETTLED, callbackUrl)
                .watermarks(JdbcWatermarkStore.of(dataSource))       // survives restarts, shared by the nodes
                .receivedDeliveries(received)
                .catchUp(CatchUp.of(dispatcher, client))            // closes gaps through the same handlers
                .build();
        // end::monitor[]
        return new Wiring(dispatcher, monitor);
    }

    static void schedule(SubscriptionMonitor monitor, ScheduledExecutorService scheduler) {
        // tag::schedule[]
        monitor.start(scheduler, Duration.ofMinutes(5));   // checks now, then 5 minutes after each check ends
        // ... and when the application stops:
        monitor.close();                                    // the scheduler stays yours
        // end::schedule[]
    }

    static void bookOnce(ExpenseReviewed event, io.github.payhawk4j.webhooks.HandlerContext context)
            throws Exception {
        // tag::idempotent-handler[]
        // The same key for Payhawk's delivery and for the catch-up's twin of it (their delivery ids differ).
        String key = EventKey.of(event).orElseThrow().value();   // "expense.reviewed:<account>:<expense id>"
        try (PreparedStatement book = context.connection().prepareStatement(
                "INSERT INTO erp_journal (event_key, expense_id, caught_up) SELECT ?, ?, ?"
                        + " WHERE NOT EXISTS (SELECT 1 FROM erp_journal WHERE event_key = ?)")) {
            book.setString(1, key);
            book.setString(2, event.expenseId());
            book.setBoolean(3, context.isCatchUp());
            book.setString(4, key);
            book.executeUpdate();   // whichever copy comes second books nothing
        }
        // end::idempotent-handler[]
    }

    static MonitorReport check(SubscriptionMonitor monitor, Logger log) {
        // tag::report[]
        MonitorReport report = monitor.check();          // or monitor.lastReport() from a health check
        for (SubscriptionCheck check : report.checks()) {
            check.gap().ifPresent(gap -> log.warn("{} deliveries may be missing from {} to {}: {}",
                    gap.eventType(), gap.from(), gap.to(),
                    check.catchUp().map(CatchUpResult::outcome).map(Object::toString).orElse("not caught up")));
        }
        boolean healthy = report.healthy();              // false while a gap is open or cannot be reconstructed
        // end::report[]
        log.info("healthy: {}", healthy);
        return report;
    }

    static void reconcileDeletions(PayhawkClient client, Erp erp, Consumer<String> deleted) {
        // tag::reconcile-deleted[]
        for (String expenseId : erp.openExpenseIds()) {
            boolean gone;
            try {
                gone = ExpenseStatus.DELETED.equals(client.expenses().get(expenseId).status());
            } catch (NotFoundException e) {
                gone = true;
            }
            if (gone) {
                erp.cancel(expenseId);
                deleted.accept(expenseId);
            }
        }
        // end::reconcile-deleted[]
    }
}
