package io.github.payhawk4j.examples.partnerapp;

import io.github.payhawk4j.examples.erp.ErpLedger;
import io.github.payhawk4j.model.expense.Expense;
import io.github.payhawk4j.webhooks.HandlerContext;
import io.github.payhawk4j.webhooks.WebhookHandler;
import io.github.payhawk4j.webhooks.event.PaymentFailed;

import java.util.Objects;
import java.util.function.Consumer;

/** Use case 4, after {@code payment.failed}: raise a notification for finance, naming the expense and amount. */
public final class NotifyOnFailedPayment implements WebhookHandler<PaymentFailed> {

    /** The notification topic this handler raises. */
    public static final String TOPIC = "payment-failed";

    private final ErpLedger ledger;
    private final Consumer<String> progress;

    /**
     * The handler.
     *
     * @param ledger   where notifications are raised
     * @param progress told one line per notification
     */
    public NotifyOnFailedPayment(ErpLedger ledger, Consumer<String> progress) {
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.progress = Objects.requireNonNull(progress, "progress");
    }

    @Override
    public void handle(PaymentFailed event, HandlerContext context) {
        Expense expense = context.expense();
        String amount = expense.reconciliation() == null ? "the amount"
                : expense.reconciliation().totalAmount().toPlainString() + " " + expense.reconciliation().currency();
        String message = "Card payment of " + amount + " for '" + expense.title() + "' failed"
                + event.paymentId().map(id -> " (payment " + id + ")").orElse("")
                + "; ask the cardholder to pay another way";
        ledger.raiseNotification(TOPIC, expense.id(), message);
        progress.accept(String.format("payment.failed    expense %-6s -> notification raised", expense.id()));
    }
}
