package io.github.payhawk4j.examples.erp;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.payhawk4j.json.PayhawkJson;
import io.github.payhawk4j.model.expense.Expense;
import io.github.payhawk4j.model.supplier.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class ErpLedgerTest {

    private static final ObjectMapper JSON = PayhawkJson.newObjectMapper();

    private final ErpLedger ledger = new ErpLedger(ErpDatabase.createInMemory(), ChartOfAccounts.standard(),
            Clock.fixed(Instant.parse("2026-11-30T09:00:00Z"), ZoneOffset.UTC));

    @AfterEach
    void dropDatabase() {
        ledger.close();
    }

    @Test
    void aMultiLineForeignCurrencyExpenseBooksBaseAmountsPerAccountAndBalancesExactly() {
        JournalEntry entry = ledger.postInvoice(expense("""
                {"id":"77","title":"Team offsite","reconciliation":{"totalAmount":133.33,"taxAmount":3.33,
                  "currency":"USD","baseTotalAmount":120.00,"baseTaxAmount":3.00,"baseCurrency":"EUR"},
                 "lineItems":[
                  {"id":"l1","category":"Travel","reconciliation":{"totalAmount":100.00,"currency":"USD",
                    "baseTotalAmount":90.00,"baseCurrency":"EUR","accountCode":"6100"}},
                  {"id":"l2","category":"Meals","reconciliation":{"totalAmount":33.33,"taxAmount":3.33,
                    "currency":"USD","baseTotalAmount":30.00,"baseTaxAmount":3.00,"baseCurrency":"EUR",
                    "accountCode":"6200"}}]}
                """));

        assertThat(entry.documentNumber()).isEqualTo("JE-000001");
        assertThat(entry.baseCurrency()).isEqualTo("EUR");
        assertThat(entry.lines())
                .extracting(JournalLine::accountCode, JournalLine::debit, JournalLine::credit, JournalLine::currency,
                        JournalLine::amount)
                .containsExactly(
                        tuple("6100", new BigDecimal("90.0000"), new BigDecimal("0.0000"), "USD", new BigDecimal("100.0000")),
                        tuple("6200", new BigDecimal("27.0000"), new BigDecimal("0.0000"), "USD", new BigDecimal("30.0000")),
                        tuple("1570", new BigDecimal("3.0000"), new BigDecimal("0.0000"), "USD", new BigDecimal("3.3300")),
                        tuple("2100", new BigDecimal("0.0000"), new BigDecimal("120.0000"), "USD", new BigDecimal("133.3300")));
        assertThat(entry.isBalanced()).isTrue();
        assertThat(ledger.journal().entryFor("77")).contains(entry);
    }

    @Test
    void aRoundingCentBetweenConvertedLinesAndTheConvertedTotalGoesToTheFxRoundingAccount() {
        JournalEntry entry = ledger.postInvoice(expense("""
                {"id":"78","reconciliation":{"totalAmount":20.00,"currency":"USD","baseTotalAmount":18.01,
                  "baseCurrency":"EUR"},
                 "lineItems":[
                  {"id":"a","category":"Books","reconciliation":{"totalAmount":10.00,"currency":"USD",
                    "baseTotalAmount":9.00,"baseCurrency":"EUR","accountCode":"6300"}},
                  {"id":"b","category":"Books","reconciliation":{"totalAmount":10.00,"currency":"USD",
                    "baseTotalAmount":9.00,"baseCurrency":"EUR","accountCode":"6300"}}]}
                """));

        assertThat(entry.lines()).extracting(JournalLine::accountCode, JournalLine::debit, JournalLine::credit)
                .contains(tuple("7990", new BigDecimal("0.0100"), new BigDecimal("0.0000")));
        assertThat(entry.totalDebit()).isEqualByComparingTo("18.01");
        assertThat(entry.isBalanced()).isTrue();
    }

    @Test
    void anExpenseWithoutLineItemsIsBookedFromItsOwnReconciliationAndCategory() {
        JournalEntry entry = ledger.postInvoice(expense("""
                {"id":"79","category":{"id":"c1","name":"Software"},
                 "supplier":{"name":"Figma"},
                 "reconciliation":{"totalAmount":48.40,"taxAmount":8.40,"currency":"EUR","accountCode":"6400"}}
                """));

        assertThat(entry.description()).isEqualTo("Figma");
        assertThat(entry.lines())
                .extracting(JournalLine::accountCode, JournalLine::description, JournalLine::debit, JournalLine::credit)
                .containsExactly(
                        tuple("6400", "Software", new BigDecimal("40.0000"), new BigDecimal("0.0000")),
                        tuple("1570", "Input VAT Software", new BigDecimal("8.4000"), new BigDecimal("0.0000")),
                        tuple("2100", "Card payment Figma", new BigDecimal("0.0000"), new BigDecimal("48.4000")));
    }

    @Test
    void postingTheSameExpenseAgainReturnsTheFirstEntryInsteadOfBookingTwice() {
        Expense expense = expense("""
                {"id":"80","title":"Taxi","reconciliation":{"totalAmount":25.50,"currency":"EUR","accountCode":"6100"}}
                """);

        JournalEntry first = ledger.postInvoice(expense);
        JournalEntry again = ledger.postInvoice(expense);

        assertThat(again).isEqualTo(first);
        assertThat(ledger.journal().entries()).hasSize(1);
    }

    @Test
    void theTrialBalanceSumsEveryEntryPerAccountAndBalances() {
        ledger.postInvoice(expense("""
                {"id":"1","title":"Hotel","reconciliation":{"totalAmount":200.00,"currency":"EUR","accountCode":"6100"}}
                """));
        ledger.postInvoice(expense("""
                {"id":"2","title":"Flight","reconciliation":{"totalAmount":110.00,"currency":"USD",
                  "baseTotalAmount":99.00,"baseCurrency":"EUR","accountCode":"6100"}}
                """));

        TrialBalance balance = ledger.trialBalance();

        assertThat(balance.rows()).extracting(TrialBalance.Row::accountCode, TrialBalance.Row::balance)
                .containsExactly(tuple("2100", new BigDecimal("-299.0000")), tuple("6100", new BigDecimal("299.0000")));
        assertThat(balance.totalDebit()).isEqualByComparingTo("299.00");
        assertThat(balance.isBalanced()).isTrue();
    }

    @Test
    void aForeignCurrencyExpenseWithoutBaseAmountsIsRefusedRatherThanConverted() {
        Expense expense = expense("""
                {"id":"81","reconciliation":{"totalAmount":10.00,"currency":"USD","baseCurrency":"EUR"}}
                """);

        assertThatThrownBy(() -> ledger.postInvoice(expense))
                .isInstanceOf(ErpException.class)
                .hasMessageContaining("no EUR amount");
        assertThat(ledger.journal().entries()).isEmpty();
    }

    @Test
    void theJournalRefusesAnEntryWhoseLinesDoNotBalance() {
        List<JournalLine> lines = List.of(
                JournalLine.debit("6100", "Travel", new BigDecimal("10.00"), "EUR", new BigDecimal("10.00")),
                JournalLine.credit("2100", "Card", new BigDecimal("9.99"), "EUR", new BigDecimal("9.99")));

        assertThatThrownBy(() -> ledger.journal().post("82", "Broken", "EUR", lines))
                .isInstanceOf(ErpException.class)
                .hasMessageContaining("unbalanced");
        assertThat(ledger.trialBalance().rows()).isEmpty();
    }

    @Test
    void upsertingASupplierIsIdempotentAndABankDetailChangeRaisesItsRevision() {
        Supplier original = supplier("DE89370400440532013000");

        SupplierSync created = ledger.upsertSupplier(original);
        SupplierSync repeated = ledger.upsertSupplier(original);
        SupplierSync changed = ledger.upsertSupplier(supplier("DE02120300000000202051"));

        assertThat(created.outcome()).isEqualTo(SupplierSync.Outcome.CREATED);
        assertThat(repeated.outcome()).isEqualTo(SupplierSync.Outcome.UNCHANGED);
        assertThat(changed.outcome()).isEqualTo(SupplierSync.Outcome.UPDATED);
        assertThat(ledger.suppliers().all()).singleElement().satisfies(stored -> {
            assertThat(stored.iban()).isEqualTo("DE02120300000000202051");
            assertThat(stored.bicSwift()).isEqualTo("COBADEFFXXX");
            assertThat(stored.revision()).isEqualTo(2);
        });
    }

    @Test
    void recordingTheSameSettlementTwiceKeepsOneRow() {
        ledger.recordSettlement("80", "p1", new BigDecimal("25.50"), "EUR");
        ledger.recordSettlement("80", "p1", new BigDecimal("25.50"), "EUR");

        assertThat(ledger.settlements()).singleElement().satisfies(settlement -> {
            assertThat(settlement.amount()).isEqualByComparingTo("25.50");
            assertThat(settlement.currency()).isEqualTo("EUR");
        });
    }

    @Test
    void aNotificationIsRaisedOncePerTopicAndReference() {
        assertThat(ledger.raiseNotification("payment-failed", "80", "Card payment failed")).isTrue();
        assertThat(ledger.raiseNotification("payment-failed", "80", "Card payment failed")).isFalse();
        assertThat(ledger.raiseNotification("payment-failed", "81", "Card payment failed")).isTrue();

        assertThat(ledger.notifications()).extracting(Notification::reference).containsExactly("80", "81");
    }

    @Test
    void processedEventsCountEveryCompletedHandlingPerDelivery() {
        ProcessedEvents processed = ledger.processedEvents();
        processed.record("d1", "expense.reviewed", "expense.reviewed:acc:43");
        processed.record("d2", "payment.settled", "payment.settled:acc:pay_1");
        processed.record("d1", "expense.reviewed", "expense.reviewed:acc:43");
        processed.record("d3", "supplier.updated", null);

        assertThat(processed.timesHandledByDelivery()).containsExactly(
                org.assertj.core.api.Assertions.entry("d1", 2), org.assertj.core.api.Assertions.entry("d2", 1),
                org.assertj.core.api.Assertions.entry("d3", 1));
        assertThat(processed.timesHandledByEventKey()).containsExactly(
                org.assertj.core.api.Assertions.entry("expense.reviewed:acc:43", 2),
                org.assertj.core.api.Assertions.entry("payment.settled:acc:pay_1", 1));
        assertThat(processed.hasProcessed("payment.settled:acc:pay_1")).isTrue();
        assertThat(processed.hasProcessed("payment.settled:acc:pay_2")).isFalse();
    }

    private static Supplier supplier(String iban) {
        return read("""
                {"id":"s-1","name":"Lufthansa","vat":"DE123456789","bankAccounts":[
                  {"paymentScheme":"sepa","currency":"EUR","accountHolder":"Deutsche Lufthansa AG",
                   "iban":"%s","bicSwift":"COBADEFFXXX"}]}
                """.formatted(iban), Supplier.class);
    }

    private static Expense expense(String json) {
        return read(json, Expense.class);
    }

    private static <T> T read(String json, Class<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
