package io.github.payhawk4j.webhooks.inbox;

import io.github.payhawk4j.webhooks.event.DepositEvent;
import io.github.payhawk4j.webhooks.event.ExpenseEvent;
import io.github.payhawk4j.webhooks.event.PaymentEvent;
import io.github.payhawk4j.webhooks.event.PurchaseOrderEvent;
import io.github.payhawk4j.webhooks.event.SupplierEvent;
import io.github.payhawk4j.webhooks.event.WebhookEvent;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What a delivery is about, as the key the inbox serialises on: deliveries with the same key never run at the same
 * time and run in the order received. Expense and payment events share the expense's key (a payment changes its
 * expense); an event without a recognisable id gets a key of its own, so it waits for nothing.
 */
final class ResourceKey {

    /** Longest key stored as it is; longer ones are replaced by a digest (the column holds 255 characters). */
    static final int MAX_LENGTH = 200;

    private ResourceKey() {
    }

    /** The key of {@code event}, e.g. {@code acc-1/expense/43}. */
    static String of(WebhookEvent event) {
        String resource = resource(event);
        String key = resource == null
                ? event.accountId() + "/delivery/" + event.deliveryId()
                : event.accountId() + "/" + resource;
        return key.length() <= MAX_LENGTH ? key : "sha256:" + sha256(key);
    }

    private static String resource(WebhookEvent event) {
        if (event instanceof ExpenseEvent expense && expense.expenseId() != null) {
            return "expense/" + expense.expenseId();
        }
        if (event instanceof PaymentEvent payment && payment.expenseId() != null) {
            return "expense/" + payment.expenseId();
        }
        if (event instanceof SupplierEvent supplier && supplier.supplierId() != null) {
            return "supplier/" + supplier.supplierId();
        }
        if (event instanceof PurchaseOrderEvent order && order.purchaseOrderId() != null) {
            return "purchase-order/" + order.purchaseOrderId();
        }
        if (event instanceof DepositEvent deposit && deposit.depositId() != null) {
            return "deposit/" + deposit.fundAccountId() + "/" + deposit.depositId();
        }
        return null;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
