package io.github.payhawk4j.examples.demo;

import io.github.payhawk4j.client.PayhawkClient;
import io.github.payhawk4j.examples.erp.ErpLedger;
import io.github.payhawk4j.examples.erp.ErpMasterData;
import io.github.payhawk4j.examples.partnerapp.DeliveryCounts;
import io.github.payhawk4j.examples.partnerapp.ErpDocumentLinks;
import io.github.payhawk4j.examples.partnerapp.InboxDatabase;
import io.github.payhawk4j.examples.partnerapp.PartnerApp;
import io.github.payhawk4j.sandbox.DeliveryRecord;
import io.github.payhawk4j.sandbox.PayhawkSandbox;
import io.github.payhawk4j.model.webhook.EventType;
import io.github.payhawk4j.model.webhook.WebhookSubscription;
import io.github.payhawk4j.webhooks.catchup.ReceivedDeliveries;
import io.github.payhawk4j.webhooks.catchup.SubscriptionMonitor;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The demo against a local {@link PayhawkSandbox}: pushes the ERP's master data into Payhawk, starts the partner app,
 * which receives webhooks through a durable inbox (accept, answer 200, then process), subscribes through the SDK and
 * watches the subscriptions with a {@link SubscriptionMonitor}, plays a business day, sends one delivery twice, takes
 * the app down in the afternoon until Payhawk deactivates subscriptions (the monitor re-creates them and the catch-up
 * closes the gap), waits for every delivery to be sent and processed, and audits the result.
 * The sandbox, the ledger and the inbox database belong to the caller, so a test can inspect them afterwards.
 */
public final class SandboxBusinessDay {

    /** The events the ERP sync handles. */
    static final List<EventType> SUBSCRIBED = List.of(EventType.EXPENSE_REVIEWED, EventType.PAYMENT_SETTLED,
            EventType.PAYMENT_FAILED, EventType.SUPPLIER_CREATED, EventType.SUPPLIER_UPDATED);

    private final PayhawkSandbox sandbox;
    private final ErpLedger ledger;
    private final InboxDatabase inboxDatabase;
    private final PrintStream out;
    private final Duration deliveryTimeout;

    /**
     * A run of the demo.
     *
     * @param sandbox         a started sandbox; deliveries should be retried quickly (see {@link #sandboxBuilder()})
     * @param ledger          an empty ledger
     * @param inboxDatabase   where the partner app's webhook inbox is
     * @param out             where progress and the summary are printed
     * @param deliveryTimeout how long to wait for the sandbox to finish delivering, and then for the inbox to
     *                        finish processing, each time they are awaited
     */
    public SandboxBusinessDay(PayhawkSandbox sandbox, ErpLedger ledger, InboxDatabase inboxDatabase, PrintStream out,
                              Duration deliveryTimeout) {
        this.sandbox = Objects.requireNonNull(sandbox, "sandbox");
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.inboxDatabase = Objects.requireNonNull(inboxDatabase, "inboxDatabase");
        this.out = Objects.requireNonNull(out, "out");
        this.deliveryTimeout = Objects.requireNonNull(deliveryTimeout, "deliveryTimeout");
    }

    /**
     * A sandbox configured for the demo: EUR base currency, retries after 200 ms instead of seconds, three attempts
     * per delivery and a subscription deactivated after two undeliverable deliveries, so the afternoon's outage
     * takes a second.
     */
    public static PayhawkSandbox.Builder sandboxBuilder() {
        return PayhawkSandbox.builder()
                .baseCurrency("EUR")
                .deliveryBackoff(Duration.ofMillis(200), Duration.ofSeconds(2))
                .deliveryAttempts(3)
                .deactivateAfterFailedDeliveries(2);
    }

    /** Runs the day and prints its summary; never throws for a failed check, it reports it in the outcome. */
    public DemoOutcome run() {
        PayhawkClient client = PayhawkClient.builder()
                .baseUrl(sandbox.baseUrl())
                .apiKey(sandbox.apiKey())
                .accountId(sandbox.accountId())
                .appInfo("payhawk4j-demo")
                .build();
        out.printf("Payhawk sandbox at %s (account %s, base currency EUR)%n", sandbox.baseUrl(), sandbox.accountId());
        lastYearsCostCentres();
        List<MasterDataPush.PushedList> masterData = new MasterDataPush(client, out).push(ErpMasterData.demoCompany());
        out.println();

        LedgerOutage outage = new LedgerOutage();
        PartnerAppOutage appOutage = new PartnerAppOutage();
        ReceivedDeliveries received = new ReceivedDeliveries();
        try (PartnerApp app = PartnerApp.builder()
                .client(client)
                .ledger(ledger)
                .faultInjection(outage)
                .deliveryListener(received)
                .unavailableWhile(appOutage)
                .inbox(DemoInbox.quick(inboxDatabase))
                .progress(line -> out.println("   <- " + line))
                .start()) {
            out.printf("Partner app at %s, webhooks at %s, ERP ledger on in-memory H2%n", app.baseUrl(),
                    app.callbackUrl());
            out.printf("Webhook inbox on %s: a delivery is verified, stored and answered 200 at once; %d workers"
                    + " process it, retrying a failure after %d ms to %d s%n", inboxDatabase.description(),
                    DemoInbox.WORKERS, DemoInbox.FIRST_RETRY.toMillis(), DemoInbox.LONGEST_RETRY.toSeconds());
            for (EventType eventType : SUBSCRIBED) {
                WebhookSubscription subscription = client.webhooks().ensure(eventType, app.callbackUrl()).subscription();
                out.printf("Subscribed to %-17s (%s)%n", eventType, subscription.id());
            }
            SubscriptionMonitor monitor = SubscriptionMonitor.builder(client)
                    .requireAll(SUBSCRIBED, app.callbackUrl())
                    .receivedDeliveries(received)
                    .catchUp(app.catchUp())
                    .build();
            monitor.check();
            out.println("Subscription monitor watching them, with a catch-up through the same handlers");
            out.println();

            SyncAudit audit = new SyncAudit();
            List<String> reviewed = new BusinessDayScript(sandbox, outage, out, () -> awaitDeliveries(audit, app)).play();

            String repeated = firstDeliveryOf(EventType.EXPENSE_REVIEWED);
            out.println("-> Payhawk sends delivery " + repeated + " (expense.reviewed) again: delivery is at-least-once");
            sandbox.redeliver(repeated);
            awaitDeliveries(audit, app);

            OutageAfternoon.Outcome afternoon = new OutageAfternoon(sandbox, appOutage, monitor, out,
                    () -> awaitDeliveries(audit, app)).play();
            List<String> allReviewed = new ArrayList<>(reviewed);
            allReviewed.addAll(afternoon.reviewedDuringOutage());

            DeliveryCounts counts = app.deliveryCounts();
            new BusinessDaySummary(out).print(masterData, ledger, counts);
            List<String> problems = audit
                    .masterDataConverged(masterData)
                    .eachDeliveryProcessedOnce(sandbox.deliveries(), ledger)
                    .duplicatesAndRetries(counts, 1, 1)
                    .gapsClosed(afternoon.recovery(), 2)
                    .linksWrittenBack(allReviewed, ledger, new ErpDocumentLinks(app.baseUrl()), client)
                    .ledgerBalances(ledger)
                    .inboxDrained(app.inboxStatistics().orElseThrow())
                    .problems();
            return new DemoOutcome(counts, problems);
        }
    }

    /**
     * What Payhawk holds before the day: last year's cost centres, imported by hand, one of them under its old name
     * and one closed since; the push renames the one, deletes the other and adds what is missing.
     */
    private void lastYearsCostCentres() {
        String field = sandbox.account().addCustomField("Cost centre", MasterDataPush.COST_CENTRE_FIELD);
        sandbox.account().addCustomFieldValue(field, "Munich headquarters", "CC-100");
        sandbox.account().addCustomFieldValue(field, "Berlin office", "CC-200");
        sandbox.account().addCustomFieldValue(field, "Hamburg warehouse (closed)", "CC-900");
    }

    /** Waits until the sandbox has sent everything and the inbox has processed it (retries included). */
    private void awaitDeliveries(SyncAudit audit, PartnerApp app) {
        if (!sandbox.awaitDeliveries(deliveryTimeout)) {
            audit.problem("the sandbox still had deliveries pending after " + deliveryTimeout.toSeconds() + " s");
        }
        try {
            if (!app.awaitInboxDrained(deliveryTimeout)) {
                audit.problem("the inbox still had deliveries to process after " + deliveryTimeout.toSeconds() + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            audit.problem("interrupted while waiting for the inbox");
        }
    }

    private String firstDeliveryOf(EventType eventType) {
        return sandbox.deliveries().stream()
                .filter(delivery -> eventType.value().equals(delivery.eventType()))
                .map(DeliveryRecord::deliveryId)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("the sandbox sent no " + eventType + " delivery"));
    }
}
