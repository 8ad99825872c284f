package io.github.payhawk4j.examples.demo;

import io.github.payhawk4j.client.PayhawkClient;
import io.github.payhawk4j.examples.erp.ErpLedger;
import io.github.payhawk4j.examples.partnerapp.DeliveryCounts;
import io.github.payhawk4j.examples.partnerapp.ErpDocumentLinks;
import io.github.payhawk4j.examples.partnerapp.PartnerApp;
import io.github.payhawk4j.sandbox.DeliveryRecord;
import io.github.payhawk4j.sandbox.PayhawkSandbox;
import io.github.payhawk4j.model.webhook.EventType;
import io.github.payhawk4j.model.webhook.WebhookSubscription;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The demo against a local {@link PayhawkSandbox}: starts the partner app, subscribes through the SDK, plays a
 * business day, sends one delivery twice, waits for every delivery and audits the result.
 * The sandbox and the ledger belong to the caller, so a test can inspect both afterwards.
 */
public final class SandboxBusinessDay {

    /** The events the ERP sync handles. */
    static final List<EventType> SUBSCRIBED = List.of(EventType.EXPENSE_REVIEWED, EventType.PAYMENT_SETTLED,
            EventType.PAYMENT_FAILED, EventType.SUPPLIER_CREATED, EventType.SUPPLIER_UPDATED);

    private final PayhawkSandbox sandbox;
    private final ErpLedger ledger;
    private final PrintStream out;
    private final Duration deliveryTimeout;

    /**
     * A run of the demo.
     *
     * @param sandbox         a started sandbox; deliveries should be retried quickly (see {@link #sandboxBuilder()})
     * @param ledger          an empty ledger
     * @param out             where progress and the summary are printed
     * @param deliveryTimeout how long to wait for the sandbox to finish delivering, each time it is awaited
     */
    public SandboxBusinessDay(PayhawkSandbox sandbox, ErpLedger ledger, PrintStream out, Duration deliveryTimeout) {
        this.sandbox = Objects.requireNonNull(sandbox, "sandbox");
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.out = Objects.requireNonNull(out, "out");
        this.deliveryTimeout = Objects.requireNonNull(deliveryTimeout, "deliveryTimeout");
    }

    /** A sandbox configured for the demo: EUR base currency, retries after 200 ms instead of seconds. */
    public static PayhawkSandbox.Builder sandboxBuilder() {
        return PayhawkSandbox.builder()
                .baseCurrency("EUR")
                .deliveryBackoff(Duration.ofMillis(200), Duration.ofSeconds(2));
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

        LedgerOutage outage = new LedgerOutage();
        try (PartnerApp app = PartnerApp.builder()
                .client(client)
                .ledger(ledger)
                .faultInjection(outage)
                .progress(line -> out.println("   <- " + line))
                .start()) {
            out.printf("Partner app at %s, webhooks at %s, ERP ledger on in-memory H2%n", app.baseUrl(),
                    app.callbackUrl());
            for (EventType eventType : SUBSCRIBED) {
                WebhookSubscription subscription = client.webhooks().ensure(eventType, app.callbackUrl()).subscription();
                out.printf("Subscribed to %-17s (%s)%n", eventType, subscription.id());
            }
            out.println();

            SyncAudit audit = new SyncAudit();
            List<String> reviewed = new BusinessDayScript(sandbox, outage, out, () -> awaitDeliveries(audit)).play();

            String repeated = firstDeliveryOf(EventType.EXPENSE_REVIEWED);
            out.println("-> Payhawk sends delivery " + repeated + " (expense.reviewed) again: delivery is at-least-once");
            sandbox.redeliver(repeated);
            awaitDeliveries(audit);

            DeliveryCounts counts = app.deliveryCounts();
            new BusinessDaySummary(out).print(ledger, counts);
            List<String> problems = audit
                    .eachDeliveryProcessedOnce(sandbox.deliveries(), ledger)
                    .duplicatesAndRetries(counts, 1, 1)
                    .linksWrittenBack(reviewed, ledger, new ErpDocumentLinks(app.baseUrl()), client)
                    .ledgerBalances(ledger)
                    .problems();
            return new DemoOutcome(counts, problems);
        }
    }

    private void awaitDeliveries(SyncAudit audit) {
        if (!sandbox.awaitDeliveries(deliveryTimeout)) {
            audit.problem("the sandbox still had deliveries pending after " + deliveryTimeout.toSeconds() + " s");
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
