package io.github.payhawk4j.webhooks.catchup;

import io.github.payhawk4j.webhooks.event.DepositReceived;
import io.github.payhawk4j.webhooks.event.ExpenseEvent;
import io.github.payhawk4j.webhooks.event.ExpensePaymentDetailsUpdated;
import io.github.payhawk4j.webhooks.event.PaymentEvent;
import io.github.payhawk4j.webhooks.event.PurchaseOrderStatusChanged;
import io.github.payhawk4j.webhooks.event.SupplierCreated;
import io.github.payhawk4j.webhooks.event.WebhookEvent;

import java.util.Objects;
import java.util.Optional;

/**
 * The business identity of an event, the same for a real delivery and for the event a catch-up synthesized for
 * the same change, e.g. {@code expense.reviewed:acc_1:43}. Payhawk's delivery ids are opaque (one per subscription
 * and delivery) and cannot be derived from the API, so a real delivery and its synthesized twin have different
 * delivery ids: use this key as the idempotency key of a handler's effects (a unique column written in the
 * handler's transaction) to apply each change once whichever copy comes first.
 *
 * <p>It exists for the event types that happen once per resource: {@code expense.created}, {@code .reviewed},
 * {@code .approved}, {@code .deleted} (the expense id), the {@code payment.*} types (the payment id, else the
 * expense id), {@code deposit.received} (the deposit id), {@code supplier.created} (the supplier id) and
 * {@code purchase-order.status.changed} (the purchase order id and the new status). {@code supplier.updated} and
 * {@code expense.payment-details.updated} happen any number of times with nothing in the payload to tell them
 * apart: they have no key, and their handlers should apply the resource's current state (an upsert), which is
 * idempotent by nature. An expense reviewed or approved a second time (after being reopened) shares its key with
 * the first review; a handler that must see both should read the expense's dates instead.
 *
 * @param value the key, {@code <event type>:<account id>:<resource id>[:<detail>]}
 */
public record EventKey(String value) {

    /** Checks the key is not blank. */
    public EventKey {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("an event key must not be blank");
        }
    }

    /**
     * The key of {@code event}, or empty if its type has none (see above) or its payload lacks the id it needs.
     *
     * @param event a delivered or synthesized event
     */
    public static Optional<EventKey> of(WebhookEvent event) {
        Objects.requireNonNull(event, "event");
        String prefix = event.eventType().value() + ":" + event.accountId() + ":";
        if (event instanceof ExpensePaymentDetailsUpdated) {
            return Optional.empty();
        }
        if (event instanceof ExpenseEvent expense) {
            return key(prefix, expense.expenseId());
        }
        if (event instanceof PaymentEvent payment) {
            return key(prefix, payment.paymentId().orElse(payment.expenseId()));
        }
        if (event instanceof DepositReceived deposit) {
            return key(prefix, deposit.depositId());
        }
        if (event instanceof SupplierCreated supplier) {
            return key(prefix, supplier.supplierId());
        }
        if (event instanceof PurchaseOrderStatusChanged order) {
            return order.purchaseOrderId() == null ? Optional.empty()
                    : key(prefix, order.purchaseOrderId() + order.status().map(status -> ":" + status).orElse(""));
        }
        return Optional.empty();
    }

    private static Optional<EventKey> key(String prefix, String id) {
        return id == null || id.isBlank() ? Optional.empty() : Optional.of(new EventKey(prefix + id));
    }

    @Override
    public String toString() {
        return value;
    }
}
