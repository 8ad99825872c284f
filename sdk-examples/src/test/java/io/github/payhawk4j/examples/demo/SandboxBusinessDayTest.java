package io.github.payhawk4j.examples.demo;

import io.github.payhawk4j.client.PayhawkClient;
import io.github.payhawk4j.examples.erp.ErpLedger;
import io.github.payhawk4j.examples.erp.JournalEntry;
import io.github.payhawk4j.examples.erp.TrialBalance;
import io.github.payhawk4j.examples.partnerapp.DeliveryCounts;
import io.github.payhawk4j.examples.partnerapp.InboxDatabase;
import io.github.payhawk4j.sandbox.DeliveryAttempt;
import io.github.payhawk4j.sandbox.DeliveryRecord;
import io.github.payhawk4j.sandbox.DeliveryStatus;
import io.github.payhawk4j.sandbox.PayhawkSandbox;
import io.github.payhawk4j.model.ExternalLink;
import io.github.payhawk4j.model.customfield.CustomFieldValue;
import io.github.payhawk4j.model.masterdata.AccountCode;
import io.github.payhawk4j.model.masterdata.TaxRate;
import io.github.payhawk4j.model.expense.Expense;
import io.github.payhawk4j.webhooks.testing.WebhookSigner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collector;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The whole demo, run once against an in-process sandbox; each test checks one promise of it. */
class SandboxBusinessDayTest {

    private static PayhawkSandbox sandbox;
    private static ErpLedger ledger;
    private static InboxDatabase inbox;
    private static DemoOutcome outcome;
    private static String output;

    @BeforeAll
    static void playTheBusinessDay() {
        // A 2048-bit key instead of the sandbox's default 3072 bits keeps the test quick; the protocol is the same.
        // A long delivery timeout: a busy machine must not turn a slow answer into a retry the assertions would count.
        sandbox = SandboxBusinessDay.sandboxBuilder().signer(WebhookSigner.generate(2048))
                .deliveryTimeout(Duration.ofSeconds(60)).start();
        ledger = ErpLedger.inMemory();
        inbox = InboxDatabase.inMemory();
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8)) {
            outcome = new SandboxBusinessDay(sandbox, ledger, inbox, out, Duration.ofSeconds(120)).run();
        }
        output = printed.toString(StandardCharsets.UTF_8);
    }

    @AfterAll
    static void shutDown() {
        if (ledger != null) {
            ledger.close();
        }
        if (inbox != null) {
            inbox.close();
        }
        if (sandbox != null) {
            sandbox.close();
        }
    }

    @Test
    void theDayEndsWithoutProblems() {
        assertThat(outcome.problems()).as(output).isEmpty();
        assertThat(outcome.succeeded()).isTrue();
    }

    @Test
    void theErpPushedItsMasterDataWithTheFewestChangesAndASecondPushChangedNothing() {
        PayhawkClient client = PayhawkClient.builder()
                .baseUrl(sandbox.baseUrl()).apiKey(sandbox.apiKey()).accountId(sandbox.accountId()).build();
        String costCentreField = client.customFields().list().stream()
                .filter(field -> MasterDataPush.COST_CENTRE_FIELD.equals(field.externalId()))
                .collect(onlyOne()).id();

        assertThat(client.accountCodes().list()).extracting(AccountCode::code)
                .containsExactly("6100", "6110", "6200", "6400", "6500", "6999");
        assertThat(client.taxRates().list()).extracting(TaxRate::code, TaxRate::rate).containsExactly(
                tuple("VAT19", new BigDecimal("19.00")), tuple("VAT7", new BigDecimal("7.00")), tuple("VAT0", new BigDecimal("0.00")));
        // Payhawk held CC-100, CC-200 under its old name and the closed CC-900 before the push
        assertThat(client.customFields().values(costCentreField).list())
                .extracting(CustomFieldValue::externalId, CustomFieldValue::label).containsExactly(
                        tuple("CC-100", "Munich headquarters"), tuple("CC-200", "Berlin sales office"), tuple("CC-300", "New York office"));
        assertThat(output).contains("== Master data pushed to Payhawk ==")
                .containsPattern("account codes +6 +0 +0 +0 +no changes")
                .containsPattern("tax rates +3 +0 +0 +0 +no changes")
                .containsPattern("cost centres +1 +1 +1 +1 +no changes");
    }

    @Test
    void theLedgerHasOneBalancedEntryPerReviewedExpenseAndBalancesOverall() {
        List<JournalEntry> entries = ledger.journal().entries();
        TrialBalance balance = ledger.trialBalance();

        // five in the morning, two reviewed during the afternoon's outage and posted by the catch-up
        assertThat(entries).hasSize(7).allMatch(JournalEntry::isBalanced);
        assertThat(entries).extracting(JournalEntry::baseCurrency).containsOnly("EUR");
        assertThat(balance.isBalanced()).isTrue();
        // 420.00 + 109.34 (118.40 USD) + 359.24 (389.00 USD) + 86.50 + 335.42 (363.21 USD) + 89.90 + 23.50 by card
        assertThat(balance.rows()).filteredOn(row -> row.accountCode().equals("2100"))
                .singleElement().satisfies(row -> assertThat(row.credit()).isEqualByComparingTo("1423.90"));
        assertThat(output).contains("debits = credits");
    }

    @Test
    void everyDeliveryTheSandboxSentWasProcessedExactlyOnce() {
        List<DeliveryRecord> sent = sandbox.deliveries();
        Map<String, Integer> handled = ledger.processedEvents().timesHandledByDelivery();

        // supplier.created, 5 x expense.reviewed, 4 x payment.settled, payment.failed, supplier.updated, and in the
        // outage 2 x expense.reviewed and 2 x payment.settled that failed every attempt
        List<DeliveryRecord> delivered = sent.stream()
                .filter(delivery -> delivery.status() == DeliveryStatus.DELIVERED).toList();
        List<DeliveryRecord> lost = sent.stream()
                .filter(delivery -> delivery.status() != DeliveryStatus.DELIVERED).toList();
        assertThat(sent).hasSize(16);
        assertThat(delivered).hasSize(12);
        assertThat(lost).hasSize(4).allMatch(delivery -> delivery.status() == DeliveryStatus.FAILED)
                .extracting(DeliveryRecord::eventType)
                .containsOnly("expense.reviewed", "payment.settled");
        // Each delivered one by its own id; each lost one by one catch-up twin; nothing twice.
        assertThat(handled).containsOnlyKeys(java.util.stream.Stream.concat(
                delivered.stream().map(DeliveryRecord::deliveryId),
                handled.keySet().stream().filter(id -> id.startsWith("catch-up:"))).toList());
        assertThat(handled.keySet()).filteredOn(id -> id.startsWith("catch-up:")).hasSize(4);
        assertThat(handled.values()).containsOnly(1);
        assertThat(ledger.processedEvents().timesHandledByEventKey().values()).containsOnly(1);
        assertThat(ledger.processedEvents().countByEventType()).containsExactly(
                Map.entry("expense.reviewed", 7), Map.entry("payment.failed", 1), Map.entry("payment.settled", 6),
                Map.entry("supplier.created", 1), Map.entry("supplier.updated", 1));
    }

    @Test
    void theRedeliveredDuplicateWasAcceptedButSkipped() {
        DeliveryRecord redelivered = sandbox.deliveries().stream()
                .filter(delivery -> delivery.attempts().stream().anyMatch(DeliveryAttempt::redelivery))
                .collect(onlyOne());
        DeliveryAttempt copy = redelivered.attempts().get(redelivered.attempts().size() - 1);
        DeliveryCounts counts = outcome.deliveries();

        assertThat(copy.redelivery()).isTrue();
        assertThat(copy.statusCode()).isEqualTo(200);
        assertThat(counts.duplicatesSkipped()).isEqualTo(1);
        assertThat(ledger.processedEvents().timesHandledByDelivery()).containsEntry(redelivered.deliveryId(), 1);
        assertThat(output).contains("delivery " + redelivered.deliveryId() + " -> already received, skipped");
    }

    @Test
    void theInjectedHandlerFailureWasRetriedByTheInboxNotByPayhawk() throws Exception {
        List<String[]> retried = InboxRows.retried(inbox);
        DeliveryCounts counts = outcome.deliveries();

        // Payhawk got 200 for every attempt outside the outage: the inbox had accepted the delivery before its
        // handler failed.
        assertThat(sandbox.deliveries()).filteredOn(delivery -> delivery.status() == DeliveryStatus.DELIVERED)
                .allMatch(delivery -> delivery.attempts().stream().allMatch(attempt -> attempt.statusCode() == 200));
        assertThat(retried).singleElement().satisfies(row -> {
            assertThat(row[1]).isEqualTo("expense.reviewed");
            assertThat(row[2]).isEqualTo("2");
            assertThat(ledger.processedEvents().timesHandledByDelivery()).containsEntry(row[0], 1);
        });
        assertThat(counts.failed()).isEqualTo(1);
        assertThat(counts.retriedThenProcessed()).isEqualTo(1);
        assertThat(output).contains("injected fault");
    }

    @Test
    void everyRequestTheEndpointReceivedWasVerifiedAndStored() throws Exception {
        DeliveryCounts counts = outcome.deliveries();

        // 12 deliveries + 1 duplicate; the failed handler was retried inside the app, without a request
        assertThat(counts.received()).isEqualTo(13);
        assertThat(counts.verified()).isEqualTo(13);
        assertThat(counts.processed()).isEqualTo(12);
        assertThat(InboxRows.doneCount(inbox)).isEqualTo(12);
    }

    @Test
    void theErpDocumentLinkWasWrittenBackToEachReviewedExpense() {
        PayhawkClient client = PayhawkClient.builder()
                .baseUrl(sandbox.baseUrl()).apiKey(sandbox.apiKey()).accountId(sandbox.accountId()).build();

        for (JournalEntry entry : ledger.journal().entries()) {
            Expense expense = client.expenses().get(entry.expenseId());
            assertThat(expense.externalLinks())
                    .extracting(ExternalLink::title)
                    .containsExactly("ERP " + entry.documentNumber());
            assertThat(expense.externalLinks().get(0).url())
                    .matches("http://127\\.0\\.0\\.1:\\d+/erp/journal/" + entry.documentNumber());
        }
    }

    @Test
    void theSupplierIsSyncedWithItsNewBankAccountAndTheFailedPaymentRaisedANotification() {
        assertThat(ledger.suppliers().all()).singleElement().satisfies(supplier -> {
            assertThat(supplier.name()).isEqualTo("Lufthansa");
            assertThat(supplier.iban()).isEqualTo("DE02100700000123456789");
            assertThat(supplier.revision()).isEqualTo(2);
        });
        assertThat(ledger.notifications()).singleElement()
                .satisfies(notification -> assertThat(notification.message()).contains("48.40 USD", "Figma seats"));
        assertThat(ledger.settlements()).hasSize(6);
    }

    @Test
    void theAfternoonOutageDeactivatedSubscriptionsAndTheMonitorClosedTheGapsThroughTheSameHandlers() {
        assertThat(sandbox.deliveries()).filteredOn(delivery -> delivery.status() == DeliveryStatus.FAILED)
                .hasSize(4)
                .allSatisfy(delivery -> assertThat(delivery.attempts()).hasSize(3)
                        .allMatch(attempt -> attempt.statusCode() == 503));
        // The deactivated subscriptions stay as Payhawk left them; the monitor created active ones beside them.
        assertThat(sandbox.account().webhookSubscriptions())
                .filteredOn(subscription -> subscription.path("status").asText().equals("deactivated_by_payhawk"))
                .extracting(subscription -> subscription.path("eventType").asText())
                .containsExactlyInAnyOrder("expense.reviewed", "payment.settled");
        assertThat(sandbox.account().webhookSubscriptions())
                .filteredOn(subscription -> subscription.path("status").asText().equals("active"))
                .hasSize(SandboxBusinessDay.SUBSCRIBED.size());
        assertThat(output).contains("monitor: expense.reviewed  re-created; deliveries may be missing from",
                "monitor: payment.settled   re-created", "gap closed", "catch-up twin -> expense.reviewed:");
        assertThat(ledger.journal().entries()).extracting(JournalEntry::description)
                .contains("Train MUC-FRA", "Taxi to the airport");
    }

    @Test
    void thePartnerAppStoppedItsThreadsWhenTheDayEnded() {
        assertThat(Thread.getAllStackTraces().keySet())
                .extracting(Thread::getName)
                .noneMatch(name -> name.startsWith("partner-app"));
    }

    private static <T> Collector<T, ?, T> onlyOne() {
        return Collectors.collectingAndThen(Collectors.toList(), list -> {
            assertThat(list).hasSize(1);
            return list.get(0);
        });
    }
}
