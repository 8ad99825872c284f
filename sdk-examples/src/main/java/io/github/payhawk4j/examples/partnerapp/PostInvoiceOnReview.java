package io.github.payhawk4j.examples.partnerapp;

import io.github.payhawk4j.examples.erp.ErpLedger;
import io.github.payhawk4j.examples.erp.JournalEntry;
import io.github.payhawk4j.model.ExternalLink;
import io.github.payhawk4j.model.expense.Expense;
import io.github.payhawk4j.model.expense.ExpensePatch;
import io.github.payhawk4j.webhooks.HandlerContext;
import io.github.payhawk4j.webhooks.WebhookHandler;
import io.github.payhawk4j.webhooks.event.ExpenseReviewed;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Use case 1, after {@code expense.reviewed}: fetch the full expense, post it to the ledger as a balanced journal
 * entry, then write the ERP document link back to the expense ({@code PATCH} external links). Safe to run again:
 * the ledger returns the existing entry and the link is only added if missing.
 */
public final class PostInvoiceOnReview implements WebhookHandler<ExpenseReviewed> {

    private final ErpLedger ledger;
    private final ErpDocumentLinks links;
    private final Consumer<String> progress;

    /**
     * The handler.
     *
     * @param ledger   where entries are posted
     * @param links    how entries are linked from Payhawk
     * @param progress told one line per posted expense
     */
    public PostInvoiceOnReview(ErpLedger ledger, ErpDocumentLinks links, Consumer<String> progress) {
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.links = Objects.requireNonNull(links, "links");
        this.progress = Objects.requireNonNull(progress, "progress");
    }

    @Override
    public void handle(ExpenseReviewed event, HandlerContext context) {
        Expense expense = context.expense();
        JournalEntry entry = ledger.postInvoice(expense);
        ExternalLink link = links.linkTo(entry);
        boolean linked = expense.externalLinks().stream().anyMatch(existing -> link.url().equals(existing.url()));
        if (!linked) {
            List<ExternalLink> updated = new ArrayList<>(expense.externalLinks());
            updated.add(link);
            EventAccount.of(context).expenses().update(expense.id(), ExpensePatch.externalLinks(updated));
        }
        progress.accept(String.format("expense.reviewed  expense %-6s -> %s posted, %s %s, link written back",
                expense.id(), entry.documentNumber(), entry.baseCurrency(), entry.totalDebit().setScale(2)
                        .toPlainString()));
    }
}
