package io.github.payhawk4j.examples.demo;

import io.github.payhawk4j.client.PayhawkClient;
import io.github.payhawk4j.examples.erp.ErpLedger;
import io.github.payhawk4j.examples.partnerapp.DeliveryCounts;
import io.github.payhawk4j.examples.partnerapp.InboxDatabase;
import io.github.payhawk4j.examples.partnerapp.PartnerApp;
import io.github.payhawk4j.model.webhook.EventType;
import io.github.payhawk4j.model.webhook.WebhookSubscription;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The demo against the real Payhawk API: the same partner app (with its inbox, at the library's default retry
 * backoff) and ledger, subscribed with {@code ensure} to the registered callback URL, processing real deliveries
 * until stopped. No sandbox operations: the business day is
 * whatever happens in the account meanwhile.
 */
final class LiveSync {

    private final LiveSettings settings;
    private final InboxDatabase inboxDatabase;
    private final PrintStream out;

    LiveSync(LiveSettings settings, InboxDatabase inboxDatabase, PrintStream out) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.inboxDatabase = Objects.requireNonNull(inboxDatabase, "inboxDatabase");
        this.out = Objects.requireNonNull(out, "out");
    }

    /**
     * Listens until {@code stop} is counted down or {@code duration} passes, then prints the summary.
     *
     * @return the outcome; it fails if the ledger does not balance or a delivery failed without a successful retry
     */
    DemoOutcome run(Optional<Duration> duration, CountDownLatch stop) throws InterruptedException {
        PayhawkClient client = PayhawkClient.builder()
                .apiKey(settings.apiKey())
                .accountId(settings.accountId())
                .baseUrl(settings.baseUrl())
                .appInfo("payhawk4j-demo")
                .build();
        try (ErpLedger ledger = ErpLedger.inMemory();
             PartnerApp app = PartnerApp.builder()
                     .client(client)
                     .ledger(ledger)
                     .host(settings.host())
                     .port(settings.port())
                     .webhookPath(settings.webhookPath())
                     .registeredCallbackUrl(settings.callbackUrl())
                     .inbox(DemoInbox.production(inboxDatabase))
                     .progress(line -> out.println("   <- " + line))
                     .start()) {
            out.printf("Partner app listening at %s%s; Payhawk posts to %s%n", app.baseUrl(), settings.webhookPath(),
                    app.callbackUrl());
            out.printf("Webhook inbox on %s%n", inboxDatabase.description());
            for (EventType eventType : SandboxBusinessDay.SUBSCRIBED) {
                WebhookSubscription subscription = client.webhooks().ensure(eventType, app.callbackUrl()).subscription();
                out.printf("Subscribed to %-17s (%s, %s)%n", eventType, subscription.id(), subscription.status());
            }
            out.println(duration.map(d -> "Processing deliveries for " + d.toSeconds() + " s (Ctrl-C stops earlier)")
                    .orElse("Processing deliveries until Ctrl-C"));
            if (duration.isPresent()) {
                stop.await(duration.get().toMillis(), TimeUnit.MILLISECONDS);
            } else {
                stop.await();
            }

            DeliveryCounts counts = app.deliveryCounts();
            // No master-data push here: the demo company's lists must not replace a real account's.
            new BusinessDaySummary(out).print(List.of(), ledger, counts);
            List<String> problems = new ArrayList<>(new SyncAudit().ledgerBalances(ledger).problems());
            int unresolved = counts.failed() - counts.retriedThenProcessed();
            if (unresolved > 0) {
                problems.add(unresolved + " failed delivery(ies) were not yet processed on a retry");
            }
            return new DemoOutcome(counts, problems);
        }
    }
}
