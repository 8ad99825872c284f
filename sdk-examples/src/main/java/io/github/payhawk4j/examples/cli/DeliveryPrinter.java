package io.github.payhawk4j.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.github.payhawk4j.json.PayhawkJson;
import io.github.payhawk4j.webhooks.HandlerContext;
import io.github.payhawk4j.webhooks.WebhookErrorHook;
import io.github.payhawk4j.webhooks.WebhookHandler;
import io.github.payhawk4j.webhooks.event.DepositEvent;
import io.github.payhawk4j.webhooks.event.ExpenseEvent;
import io.github.payhawk4j.webhooks.event.PaymentEvent;
import io.github.payhawk4j.webhooks.event.PurchaseOrderEvent;
import io.github.payhawk4j.webhooks.event.SupplierEvent;
import io.github.payhawk4j.webhooks.event.UnknownEvent;
import io.github.payhawk4j.webhooks.event.WebhookEvent;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Prints each verified delivery as a block: event type and record, delivery id, account, signed timestamp,
 * the typed ids the SDK read from the payload, and the payload as indented JSON. Used as the dispatcher's
 * fallback handler, so it sees every event. Also the dispatcher's {@link WebhookErrorHook}, in case printing
 * fails. Thread-safe: each block is printed in one call.
 */
final class DeliveryPrinter implements WebhookHandler<WebhookEvent>, WebhookErrorHook {

    private static final String NEWLINE = System.lineSeparator();

    private final PrintStream out;
    private final ObjectWriter prettyJson = PayhawkJson.newObjectMapper().writerWithDefaultPrettyPrinter();

    /** A printer writing to {@code out}. */
    DeliveryPrinter(PrintStream out) {
        this.out = out;
    }

    /** Prints the verified {@code event}. */
    @Override
    public void handle(WebhookEvent event, HandlerContext context) throws JsonProcessingException {
        out.print(format(event));
    }

    /** Prints that handling {@code event} failed; the dispatcher answers 500 so the sender retries. */
    @Override
    public void onError(WebhookEvent event, Throwable failure) {
        out.println("FAILED " + event.eventType() + " " + event.deliveryId() + ": " + FailureMessage.of(failure));
    }

    /** The block printed for {@code event}. */
    String format(WebhookEvent event) throws JsonProcessingException {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("delivery", event.deliveryId());
        fields.put("account", event.accountId());
        fields.put("signed at", event.timestamp() == null ? null : event.timestamp().toString());
        fields.putAll(typedIds(event));
        int width = fields.keySet().stream().mapToInt(String::length).max().orElse(0);

        StringBuilder text = new StringBuilder();
        text.append("VERIFIED ").append(event.eventType()).append(" (").append(event.getClass().getSimpleName())
                .append(')').append(NEWLINE);
        fields.forEach((name, value) -> text.append("  ").append(name).append(" ".repeat(width - name.length()))
                .append("  ").append(value == null ? "-" : value).append(NEWLINE));
        text.append("  payload").append(NEWLINE);
        String payload = event.payload() == null ? "null" : prettyJson.writeValueAsString(event.payload());
        payload.lines().forEach(line -> text.append("    ").append(line).append(NEWLINE));
        return text.append(NEWLINE).toString();
    }

    private static Map<String, String> typedIds(WebhookEvent event) {
        Map<String, String> ids = new LinkedHashMap<>();
        if (event instanceof ExpenseEvent expense) {
            ids.put("expenseId", expense.expenseId());
        } else if (event instanceof PaymentEvent payment) {
            ids.put("expenseId", payment.expenseId());
            ids.put("paymentId", payment.paymentId().orElse(null));
        } else if (event instanceof SupplierEvent supplier) {
            ids.put("supplierId", supplier.supplierId());
        } else if (event instanceof DepositEvent deposit) {
            ids.put("fundAccountId", deposit.fundAccountId());
            ids.put("depositId", deposit.depositId());
        } else if (event instanceof PurchaseOrderEvent purchaseOrder) {
            ids.put("purchaseOrderId", purchaseOrder.purchaseOrderId());
            ids.put("status", purchaseOrder.status().orElse(null));
        } else if (event instanceof UnknownEvent) {
            ids.put("note", "an event type this SDK does not know; payload shown as sent");
        }
        return ids;
    }
}
