package io.github.payhawk4j.examples.demo;

import io.github.payhawk4j.examples.erp.ErpLedger;
import io.github.payhawk4j.examples.erp.ErpSupplier;
import io.github.payhawk4j.examples.erp.JournalEntry;
import io.github.payhawk4j.examples.erp.JournalLine;
import io.github.payhawk4j.examples.erp.Notification;
import io.github.payhawk4j.examples.erp.Settlement;
import io.github.payhawk4j.examples.erp.TrialBalance;
import io.github.payhawk4j.examples.partnerapp.DeliveryCounts;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Prints what the ERP pushed to Payhawk, what it holds at the end of the day and what the webhook endpoint saw, as
 * plain-text tables.
 */
final class BusinessDaySummary {

    private final PrintStream out;

    BusinessDaySummary(PrintStream out) {
        this.out = out;
    }

    /** Prints the summary; {@code masterData} is what the day pushed to Payhawk, empty when it pushed nothing. */
    void print(List<MasterDataPush.PushedList> masterData, ErpLedger ledger, DeliveryCounts deliveries) {
        if (!masterData.isEmpty()) {
            out.println();
            out.println("== Master data pushed to Payhawk ==");
            out.printf("    %-13s %7s %7s %7s %9s   %s%n", "list", "created", "updated", "deleted", "unchanged", "second run");
            for (MasterDataPush.PushedList list : masterData) {
                out.printf("    %-13s %7d %7d %7d %9d   %s%n", list.name(), list.first().creates().size(),
                        list.first().updates().size(), list.first().deletes().size(), list.first().unchanged(),
                        list.second().isEmpty() ? "no changes" : list.second().changes() + " changes");
            }
        }

        out.println();
        out.println("== Journal entries ==");
        for (JournalEntry entry : ledger.journal().entries()) {
            out.printf("%s  expense %-6s %s%n", entry.documentNumber(), entry.expenseId(), entry.description());
            for (JournalLine line : entry.lines()) {
                out.printf("    %-5s %-28s %10s %10s   %s %s%n", line.accountCode(), clip(line.description(), 28),
                        money(line.debit()), money(line.credit()), money(line.amount()), line.currency());
            }
        }

        TrialBalance balance = ledger.trialBalance();
        out.println();
        out.printf("== Trial balance (%s) ==%n", baseCurrency(ledger));
        out.printf("    %-5s %10s %10s%n", "acct", "debit", "credit");
        for (TrialBalance.Row row : balance.rows()) {
            out.printf("    %-5s %10s %10s%n", row.accountCode(), money(row.debit()), money(row.credit()));
        }
        out.printf("    %-5s %10s %10s   %s%n", "total", money(balance.totalDebit()), money(balance.totalCredit()),
                balance.isBalanced() ? "debits = credits" : "NOT BALANCED");

        out.println();
        out.println("== Settlements ==");
        for (Settlement settlement : ledger.settlements()) {
            out.printf("    expense %-6s payment %-10s %10s %s%n", settlement.expenseId(), settlement.paymentId(),
                    money(settlement.amount()), settlement.currency());
        }

        out.println();
        out.println("== Suppliers synced ==");
        for (ErpSupplier supplier : ledger.suppliers().all()) {
            out.printf("    %-8s %-20s IBAN %-24s BIC %-12s revision %d%n", supplier.payhawkId(), supplier.name(),
                    supplier.iban(), supplier.bicSwift(), supplier.revision());
        }

        out.println();
        out.println("== Notifications ==");
        for (Notification notification : ledger.notifications()) {
            out.printf("    [%s] expense %s: %s%n", notification.topic(), notification.reference(),
                    notification.message());
        }

        out.println();
        out.println("== Webhook deliveries ==");
        out.printf("    received %d, verified %d, processed %d, duplicates skipped %d, failed then retried %d%n",
                deliveries.received(), deliveries.verified(), deliveries.processed(), deliveries.duplicatesSkipped(),
                deliveries.retriedThenProcessed());
    }

    private static String baseCurrency(ErpLedger ledger) {
        return ledger.journal().entries().stream().map(JournalEntry::baseCurrency).findFirst().orElse("base currency");
    }

    private static String money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    private static String clip(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "…";
    }
}
