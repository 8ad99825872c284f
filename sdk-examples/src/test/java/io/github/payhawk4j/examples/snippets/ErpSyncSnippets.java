package io.github.payhawk4j.examples.snippets;

import io.github.payhawk4j.client.PayhawkClient;
import io.github.payhawk4j.examples.erp.ErpLedger;
import io.github.payhawk4j.examples.erp.JournalEntry;
import io.github.payhawk4j.model.ExternalLink;
import io.github.payhawk4j.model.expense.Expense;
import io.github.payhawk4j.model.expense.ExpensePatch;
import io.github.payhawk4j.model.expense.ExpensePayment;
import io.github.payhawk4j.model.webhook.EventType;
import io.github.payhawk4j.webhooks.HandlerContext;
import io.github.payhawk4j.webhooks.WebhookDispatcher;
import io.github.payhawk4j.webhooks.WebhookVerifier;
import io.github.payhawk4j.webhooks.delivery.InMemoryDeliveryStore;
import io.github.payhawk4j.webhooks.event.ExpenseReviewed;
import io.github.payhawk4j.webhooks.event.PaymentFailed;
import io.github.payhawk4j.webhooks.event.PaymentSettled;
import io.github.payhawk4j.webhooks.event.SupplierEvent;
import io.github.payhawk4j.webhooks.key.ApiPublicKeySource;
import io.github.payhawk4j.webhooks.servlet.PayhawkWebhookFilter;
import jakarta.servlet.DispatcherType;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/** The ERP sync recipe of docs/erp-sync.md; {@code ErpSyncSnippetsTest} runs it against the sandbox. */
final class ErpSyncSnippets {

    private ErpSyncSnippets() {
    }

    static WebhookDispatcher dispatcher(PayhawkClient client, ErpLedger ledger, String erpUrl) {
        // tag::erp-dispatcher[]
        WebhookVerifier verifier = WebhookVerifier.builder()
                .publicKeySource(ApiPublicKeySource.of(client))  // GET /api/v3/rsa-public-key, cached
                .build();

        WebhookDispatcher dispatcher = WebhookDispatcher.builder()
                .verifier(verifier)
                .client(client)                                  // for context.expense(), supplier(), ...
                .deliveryStore(new InMemoryDeliveryStore())      // skips redelivered duplicates
                .on(ExpenseReviewed.class, (event, context) -> postInvoice(context, ledger, erpUrl))
                .on(PaymentSettled.class, (event, context) -> recordSettlement(event, context, ledger))
                .on(SupplierEvent.class, (event, context) -> upsertSupplier(context, ledger))
                .on(PaymentFailed.class, (event, context) -> notifyFailedPayment(event, context, ledger))
                .build();
        // end::erp-dispatcher[]
        return dispatcher;
    }

    static ServletContextHandler mount(WebhookDispatcher dispatcher) {
        // tag::erp-mount[]
        ServletContextHandler context = new ServletContextHandler();
        context.addFilter(new FilterHolder(new PayhawkWebhookFilter(dispatcher)), "/payhawk/webhooks",
                EnumSet.of(DispatcherType.REQUEST));
        // end::erp-mount[]
        return context;
    }

    static void subscribe(PayhawkClient client, String callbackUrl) {
        // tag::erp-subscribe[]
        for (EventType eventType : List.of(EventType.EXPENSE_REVIEWED, EventType.PAYMENT_SETTLED,
                EventType.PAYMENT_FAILED, EventType.SUPPLIER_CREATED, EventType.SUPPLIER_UPDATED)) {
            client.webhooks().ensure(eventType, callbackUrl);  // no duplicate subscription on a re-run
        }
        // end::erp-subscribe[]
    }

    static void postInvoice(HandlerContext context, ErpLedger ledger, String erpUrl) {
        // tag::post-invoice[]
        Expense expense = context.expense();                    // GET /expenses/{id}, once per delivery
        JournalEntry entry = ledger.postInvoice(expense);       // balanced; the same entry if posted before
        ExternalLink link = ExternalLink.of("ERP " + entry.documentNumber(), erpUrl + entry.documentNumber());
        if (!expense.externalLinks().contains(link)) {          // a retried delivery adds no second link
            List<ExternalLink> links = new ArrayList<>(expense.externalLinks());
            links.add(link);
            context.account().expenses().update(expense.id(), ExpensePatch.externalLinks(links));
        }
        // end::post-invoice[]
    }

    static void recordSettlement(PaymentSettled event, HandlerContext context, ErpLedger ledger) {
        // tag::record-settlement[]
        ExpensePayment payment = context.payments().stream()   // GET /expenses/{id}/payments
                .filter(candidate -> event.paymentId().map(candidate.id()::equals).orElse(true))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no payment yet; 500 makes Payhawk retry"));
        ledger.recordSettlement(event.expenseId(), payment.id(), payment.amount(), payment.currency());
        // end::record-settlement[]
    }

    static void upsertSupplier(HandlerContext context, ErpLedger ledger) {
        // tag::upsert-supplier[]
        ledger.upsertSupplier(context.supplier());             // GET /suppliers/{id}: name, VAT, bank accounts
        // end::upsert-supplier[]
    }

    static void notifyFailedPayment(PaymentFailed event, HandlerContext context, ErpLedger ledger) {
        // tag::notify-failed-payment[]
        Expense expense = context.expense();
        ledger.raiseNotification("payment-failed", expense.id(),
                "Card payment for '" + expense.title() + "' failed; ask the cardholder to pay another way");
        // end::notify-failed-payment[]
    }
}
