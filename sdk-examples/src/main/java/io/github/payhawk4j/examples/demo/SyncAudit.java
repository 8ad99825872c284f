package io.github.payhawk4j.examples.demo;

import io.github.payhawk4j.client.PayhawkClient;
import io.github.payhawk4j.examples.erp.ErpLedger;
import io.github.payhawk4j.examples.erp.JournalEntry;
import io.github.payhawk4j.examples.partnerapp.DeliveryCounts;
import io.github.payhawk4j.examples.partnerapp.ErpDocumentLinks;
import io.github.payhawk4j.sandbox.DeliveryRecord;
import io.github.payhawk4j.sandbox.DeliveryStatus;
import io.github.payhawk4j.model.ExternalLink;
import io.github.payhawk4j.webhooks.inbox.InboxStatistics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks the end of the business day against what was sent: every delivery processed exactly once, the duplicate
 * skipped, the injected failure retried, links written back, a balanced ledger and an inbox with nothing left.
 * Each failed check is a sentence saying what is wrong.
 */
final class SyncAudit {

    private final List<String> problems = new ArrayList<>();

    /** Every delivery the sandbox sent got through and was handled exactly once by the ERP. */
    SyncAudit eachDeliveryProcessedOnce(List<DeliveryRecord> sent, ErpLedger ledger) {
        Map<String, Integer> handled = ledger.processedEvents().timesHandledByDelivery();
        Set<String> sentIds = new TreeSet<>();
        for (DeliveryRecord delivery : sent) {
            sentIds.add(delivery.deliveryId());
            if (delivery.status() != DeliveryStatus.DELIVERED) {
                problems.add("delivery " + delivery.deliveryId() + " (" + delivery.eventType() + ") ended "
                        + delivery.status() + " after " + delivery.attempts().size() + " attempt(s)");
            }
            int times = handled.getOrDefault(delivery.deliveryId(), 0);
            if (times != 1) {
                problems.add("delivery " + delivery.deliveryId() + " (" + delivery.eventType() + ") was processed "
                        + times + " times instead of once");
            }
        }
        Set<String> unexpected = new TreeSet<>(handled.keySet());
        unexpected.removeAll(sentIds);
        if (!unexpected.isEmpty()) {
            problems.add("the ERP processed deliveries the sandbox never sent: " + unexpected);
        }
        return this;
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
