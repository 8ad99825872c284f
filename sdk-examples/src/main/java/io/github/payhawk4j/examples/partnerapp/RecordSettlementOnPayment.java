package io.github.payhawk4j.examples.partnerapp;

import io.github.payhawk4j.examples.erp.ErpLedger;
import io.github.payhawk4j.examples.erp.Settlement;
import io.github.payhawk4j.model.expense.ExpensePayment;
import io.github.payhawk4j.model.expense.PaymentStatus;
import io.github.payhawk4j.webhooks.HandlerContext;
import io.github.payhawk4j.webhooks.WebhookHandler;
import io.github.payhawk4j.webhooks.event.PaymentSettled;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Use case 2, after {@code payment.settled}: fetch the expense's payments and record the settled amount and
 * currency against the expense. The payment is the one the event names, else the latest settled one.
 */
public final class RecordSettlementOnPayment implements WebhookHandler<PaymentSettled> {

    private final ErpLedger ledger;
    private final Consumer<String> progress;

    /**
     * The handler.
     *
     * @param ledger   where settlements are recorded
     * @param progress told one line per settlement
     */
    public RecordSettlementOnPayment(ErpLedger ledger, Consumer<String> progress) {
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.progress = Objects.requireNonNull(progress, "progress");
    }

    @Override
    public void handle(PaymentSettled event, HandlerContext context) {
        List<ExpensePayment> payments = context.payments();
        ExpensePayment payment = event.paymentId()
                .flatMap(id -> payments.stream().filter(candidate -> id.equals(candidate.id())).findFirst())
                .or(() -> payments.stream()
                        .filter(candidate -> PaymentStatus.SETTLED.equals(candidate.status()))
                        .max(Comparator.comparing(ExpensePayment::date, Comparator.nullsFirst(Comparator.naturalOrder()))))
                .orElseThrow(() -> new IllegalStateException("expense " + event.expenseId()
                        + " has no settled payment yet; answering 500 so Payhawk retries"));
        Settlement settlement = ledger.recordSettlement(event.expenseId(), payment.id(), payment.amount(),
                payment.currency());
        progress.accept(String.format("payment.settled   expense %-6s -> settled %s %s recorded",
                settlement.expenseId(), settlement.currency(), payment.amount().toPlainString()));
    }
}
