package io.github.payhawk4j.examples.demo;

import io.github.payhawk4j.sandbox.CardPurchase;
import io.github.payhawk4j.sandbox.DeliveryStatus;
import io.github.payhawk4j.sandbox.PayhawkSandbox;
import io.github.payhawk4j.webhooks.catchup.CatchUpResult;
import io.github.payhawk4j.webhooks.catchup.MonitorReport;
import io.github.payhawk4j.webhooks.catchup.SubscriptionCheck;
import io.github.payhawk4j.webhooks.catchup.SubscriptionMonitor;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.List;

/**
 * The afternoon of the demo's day: the partner app is down longer than Payhawk retries, so the sandbox deactivates
 * the subscriptions of the events it could not deliver; when the app is back, the monitor's check re-creates them,
 * reports the gaps, and the catch-up closes them through the same handlers.
 */
final class OutageAfternoon {

    private final PayhawkSandbox sandbox;
    private final PartnerAppOutage outage;
    private final SubscriptionMonitor monitor;
    private final PrintStream out;
    private final Runnable awaitDeliveries;

    OutageAfternoon(PayhawkSandbox sandbox, PartnerAppOutage outage, SubscriptionMonitor monitor, PrintStream out,
                    Runnable awaitDeliveries) {
        this.sandbox = sandbox;
        this.outage = outage;
        this.monitor = monitor;
        this.out = out;
        this.awaitDeliveries = awaitDeliveries;
    }

    /** The expenses reviewed during the outage. */
    record Outcome(List<String> reviewedDuringOutage, MonitorReport recovery) {
    }

    Outcome play() {
        awaitDeliveries.run();
        monitor.check();   // in production a scheduler runs it every few minutes; here: just before the outage
        out.println("-> afternoon: the partner app is down (its webhook endpoint answers 503) while finance works");
        outage.begin();
        List<String> reviewed = List.of(
                reviewAndSettle(CardPurchase.of("Deutsche Bahn", new BigDecimal("89.90"), "EUR")
                        .withTitle("Train MUC-FRA").withCategory("Travel", "6100")),
                reviewAndSettle(CardPurchase.of("Uber", new BigDecimal("23.50"), "EUR")
                        .withTitle("Taxi to the airport").withCategory("Travel", "6100")));
        awaitDeliveries.run();
        sandbox.deliveries().stream()
                .filter(delivery -> delivery.status() != DeliveryStatus.DELIVERED)
                .forEach(delivery -> out.printf("   x  delivery %s (%s) failed %d attempts%n", delivery.deliveryId(),
                        delivery.eventType(), delivery.attempts().size()));
        sandbox.account().webhookSubscriptions().stream()
                .filter(subscription -> !"active".equals(subscription.path("status").asText()))
                .forEach(subscription -> out.printf("   x  Payhawk deactivated the %s subscription (%s)%n",
                        subscription.path("eventType").asText(), subscription.path("status").asText()));

        out.println("-> the partner app is back; the subscription monitor checks");
        outage.end();
        MonitorReport recovery = monitor.check();
        for (SubscriptionCheck check : recovery.checks()) {
            check.gap().ifPresent(gap -> {
                CatchUpResult result = check.catchUp().orElseThrow();
                out.printf("   monitor: %-17s re-created; deliveries may be missing from %s to %s%n",
                        gap.eventType(), gap.from(), gap.to());
                out.printf("   catch-up: %d event(s) listed from the API and passed to the handlers"
                                + " (%d caught up before): %s%n", result.synthesized(), result.duplicates(),
                        result.closed() ? "gap closed" : "gap still open (" + result.outcome() + ")");
            });
        }
        awaitDeliveries.run();
        return new Outcome(reviewed, recovery);
    }

    private String reviewAndSettle(CardPurchase purchase) {
        String expenseId = sandbox.account().createCardExpense(purchase);
        out.printf("  expense %-6s %s: %s %s at %s, reviewed, payment settled%n", expenseId, purchase.title(),
                purchase.amount().toPlainString(), purchase.currency(), purchase.merchant());
        sandbox.account().reviewExpense(expenseId);
        sandbox.account().settlePayment(expenseId);
        return expenseId;
    }
}
