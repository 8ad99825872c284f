package io.github.payhawk4j.model.webhook;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.github.payhawk4j.model.OpenEnum;

import java.util.List;
import java.util.Map;

/**
 * A webhook event type, as subscribed to and as delivered ({@code eventType}).
 * Open: a type Payhawk adds later is kept, see {@link OpenEnum}.
 */
public final class EventType extends OpenEnum {

    public static final EventType EXPENSE_CREATED = new EventType("expense.created", true);
    public static final EventType EXPENSE_REVIEWED = new EventType("expense.reviewed", true);
    public static final EventType EXPENSE_APPROVED = new EventType("expense.approved", true);
    public static final EventType EXPENSE_DELETED = new EventType("expense.deleted", true);
    public static final EventType EXPENSE_PAYMENT_DETAILS_UPDATED =
            new EventType("expense.payment-details.updated", true);
    public static final EventType PAYMENT_AUTHORIZED = new EventType("payment.authorized", true);
    public static final EventType PAYMENT_REVERTED = new EventType("payment.reverted", true);
    public static final EventType PAYMENT_SETTLED = new EventType("payment.settled", true);
    public static final EventType PAYMENT_FAILED = new EventType("payment.failed", true);
    public static final EventType DEPOSIT_RECEIVED = new EventType("deposit.received", true);
    public static final EventType SUPPLIER_CREATED = new EventType("supplier.created", true);
    public static final EventType SUPPLIER_UPDATED = new EventType("supplier.updated", true);
    public static final EventType PURCHASE_ORDER_STATUS_CHANGED = new EventType("purchase-order.status.changed", true);

    private static final List<EventType> ALL = List.of(
            EXPENSE_CREATED, EXPENSE_REVIEWED, EXPENSE_APPROVED, EXPENSE_DELETED, EXPENSE_PAYMENT_DETAILS_UPDATED,
            PAYMENT_AUTHORIZED, PAYMENT_REVERTED, PAYMENT_SETTLED, PAYMENT_FAILED,
            DEPOSIT_RECEIVED, SUPPLIER_CREATED, SUPPLIER_UPDATED, PURCHASE_ORDER_STATUS_CHANGED);
    private static final Map<String, EventType> KNOWN = index(ALL.toArray(EventType[]::new));

    private EventType(String value, boolean known) {
        super(value, known);
    }

    /** The constant for {@code value}, or a new unknown instance holding it. */
    @JsonCreator
    public static EventType of(String value) {
        EventType known = KNOWN.get(value);
        return known != null ? known : new EventType(value, false);
    }

    /** The 13 event types this SDK version knows, in the order of the API reference. */
    public static List<EventType> known() {
        return ALL;
    }
}
