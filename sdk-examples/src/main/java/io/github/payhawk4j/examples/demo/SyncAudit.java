package io.github.payhawk4j.examples.demo;

import io.github.payhawk4j.client.PayhawkClient;
import io.github.payhawk4j.examples.erp.ErpLedger;
import io.github.payhawk4j.examples.erp.JournalEntry;
import io.github.payhawk4j.examples.partnerapp.DeliveryCounts;
import io.github.payhawk4j.examples.partnerapp.ErpDocumentLinks;
import io.github.payhawk4j.sandbox.DeliveryRecord;
import io.github.payhawk4j.sandbox.DeliveryStatus;
import io.github.payhawk4j.model.ExternalLink;
import io.github.payhawk4j.webhooks.catchup.EventKey;
import io.github.payhawk4j.webhooks.catchup.MonitorReport;
import io.github.payhawk4j.webhooks.event.WebhookEvent;
import io.github.payhawk4j.webhooks.event.WebhookEventParser;
import io.github.payhawk4j.webhooks.inbox.InboxStatistics;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks the end of the business day against what was sent: every event processed exactly once (by its delivery, or
 * after the outage by the catch-up), the duplicate skipped, the injected failure retried, the outage's gaps closed,
 * links written back, a balanced ledger and an inbox with nothing left.
 * Each failed check is a sentence saying what is wrong.
 */
final class SyncAudit {

    private final List<String> problems = new ArrayList<>();

    /**
     * Every event the sandbox sent was handled exactly once by the ERP: a delivery that got through by its own id, one
     * that never did (the outage) by a catch-up's twin of it; and no event, by its business key, was handled twice.
     */
    SyncAudit eachDeliveryProcessedOnce(List<DeliveryRecord> sent, ErpLedger ledger) {
        Map<String, Integer> handled = ledger.processedEvents().timesHandledByDelivery();
        Map<String, Integer> handledEvents = ledger.processedEvents().timesHandledByEventKey();
        Set<String> sentIds = new TreeSet<>();
        for (DeliveryRecord delivery : sent) {
            sentIds.add(delivery.deliveryId());
            String key = eventKey(delivery);
            int times = handled.getOrDefault(delivery.deliveryId(), 0);
            if (delivery.status() != DeliveryStatus.DELIVERED) {
                int recovered = key == null ? 0 : handledEvents.getOrDefault(key, 0);
                if (recovered != 1) {
                    problems.add("delivery " + delivery.deliveryId() + " (" + delivery.eventType() + ") ended "
                            + delivery.status() + " after " + delivery.attempts().size() + " attempt(s), and its event"
                            + " was handled " + recovered + " times by a catch-up instead of once");
                }
            } else if (times != 1) {
                problems.add("delivery " + delivery.deliveryId() + " (" + delivery.eventType() + ") was processed "
                        + times + " times instead of once");
            }
        }
        Set<String> unexpected = new TreeSet<>(handled.keySet());
        unexpected.removeAll(sentIds);
        unexpected.removeIf(id -> id.startsWith("catch-up:"));
        if (!unexpected.isEmpty()) {
            problems.add("the ERP processed deliveries the sandbox never sent: " + unexpected);
        }
        handledEvents.forEach((key, times) -> {
            if (times != 1) {
                problems.add("event " + key + " was handled " + times + " times instead of once");
            }
        });
        return this;
    }

    /** The monitor's check after the outage found {@code expectedGaps} gaps and the catch-up closed every one. */
    SyncAudit gapsClosed(MonitorReport recovery, int expectedGaps) {
        if (recovery.gaps().size() != expectedGaps) {
            problems.add("the monitor found " + recovery.gaps().size() + " delivery gap(s) after the outage instead of "
                    + expectedGaps);
        }
        if (!recovery.healthy()) {
            problems.add("the monitor's check after the outage is not healthy: " + recovery.checks());
        }
        return this;
    }

    private static String eventKey(DeliveryRecord delivery) {
        WebhookEvent event = new WebhookEventParser().parse(delivery.body().getBytes(StandardCharsets.UTF_8),
                Instant.EPOCH);
        return EventKey.of(event).map(EventKey::value).orElse(null);
    }

    /** The endpoint skipped exactly the duplicates that were sent and retried exactly the injected failures. */
    SyncAudit duplicatesAndRetries(DeliveryCounts counts, int duplicatesSent, int faultsInjected) {
        if (counts.duplicatesSkipped() != duplicatesSent) {
            problems.add(duplicatesSent + " duplicate delivery(ies) were sent but " + counts.duplicatesSkipped()
                    + " were skipped");
        }
        if (counts.failed() != faultsInjected || counts.retriedThenProcessed() != faultsInjected) {
            problems.add(faultsInjected + " handler failure(s) were injected but " + counts.failed() + " failed and "
                    + counts.retriedThenProcessed() + " were processed on retry");
        }
        if (counts.received() != counts.verified()) {
            problems.add((counts.received() - counts.verified()) + " request(s) failed verification");
        }
        return this;
    }

    /** Each reviewed expense has its journal entry, and Payhawk shows the link to it. */
    SyncAudit linksWrittenBack(List<String> reviewedExpenseIds, ErpLedger ledger, ErpDocumentLinks links,
                               PayhawkClient client) {
        for (String expenseId : reviewedExpenseIds) {
            JournalEntry entry = ledger.journal().entryFor(expenseId).orElse(null);
            if (entry == null) {
                problems.add("reviewed expense " + expenseId + " has no journal entry");
                continue;
            }
            ExternalLink expected = links.linkTo(entry);
            List<ExternalLink> inPayhawk = client.expenses().get(expenseId).externalLinks();
            if (!inPayhawk.contains(expected)) {
                problems.add("expense " + expenseId + " in Payhawk does not link to " + expected.url() + " (has "
                        + inPayhawk + ")");
            }
        }
        return this;
    }

    /** Debits equal credits over the whole journal. */
    SyncAudit ledgerBalances(ErpLedger ledger) {
        var balance = ledger.trialBalance();
        if (!balance.isBalanced()) {
            problems.add("the ledger does not balance: debits " + balance.totalDebit().toPlainString()
                    + " != credits " + balance.totalCredit().toPlainString());
        }
        return this;
    }

    /** The inbox ends the day with nothing left to process and no delivery parked as dead. */
    SyncAudit inboxDrained(InboxStatistics inbox) {
        if (inbox.pending() + inbox.running() > 0) {
            problems.add("the inbox still holds " + inbox.pending() + " pending and " + inbox.running()
                    + " running delivery(ies)");
        }
        if (inbox.dead() > 0) {
            problems.add(inbox.dead() + " delivery(ies) were parked as dead in the inbox after their last attempt");
        }
        return this;
    }

    /** Adds a problem found elsewhere. */
    /** Every master-data list converged: its second push had nothing to change. */
    SyncAudit masterDataConverged(List<MasterDataPush.PushedList> pushed) {
        for (MasterDataPush.PushedList list : pushed) {
            if (!list.second().isEmpty()) {
                problem("pushing the " + list.name() + " a second time changed them again: " + list.second());
            }
        }
        return this;
    }

    SyncAudit problem(String problem) {
        problems.add(problem);
        return this;
    }

    List<String> problems() {
        return List.copyOf(problems);
    }
}
