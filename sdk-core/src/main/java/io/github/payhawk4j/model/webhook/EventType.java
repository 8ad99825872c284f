package io.github.payhawk4j.model.webhook;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.github.payhawk4j.model.OpenEnum;

import java.util.List;
import java.util.Map;

/**
 * A webhook event type, as subscribed to and as delivered ({@code eventType}).
 * Open: a type Payhawk adds later is kept, see {@link OpenEnum}.
 */
public final class EventType extends OpenEnum<EventType.Known> {

    public static final EventType EXPENSE_CREATED = new EventType("expense.created", Known.EXPENSE_CREATED);
    public static final EventType EXPENSE_REVIEWED = new EventType("expense.reviewed", Known.EXPENSE_REVIEWED);
    public static final EventType EXPENSE_APPROVED = new EventType("expense.approved", Known.EXPENSE_APPROVED);
    public static final EventType EXPENSE_DELETED = new EventType("expense.deleted", Known.EXPENSE_DELETED);
    public static final EventType EXPENSE_PAYMENT_DETAILS_UPDATED =
            new EventType("expense.payment-details.updated", Known.EXPENSE_PAYMENT_DETAILS_UPDATED);
    public static final EventType PAYMENT_AUTHORIZED = new EventType("payment.authorized", Known.PAYMENT_AUTHORIZED);
    public static final EventType PAYMENT_REVERTED = new EventType("payment.reverted", Known.PAYMENT_REVERTED);
    public static final EventType PAYMENT_SETTLED = new EventType("payment.settled", Known.PAYMENT_SETTLED);
    public static final EventType PAYMENT_FAILED = new EventType("payment.failed", Known.PAYMENT_FAILED);
    public static final EventType DEPOSIT_RECEIVED = new EventType("deposit.received", Known.DEPOSIT_RECEIVED);
    public static final EventType SUPPLIER_CREATED = new EventType("supplier.created", Known.SUPPLIER_CREATED);
    public static final EventType SUPPLIER_UPDATED = new EventType("supplier.updated", Known.SUPPLIER_UPDATED);
    public static final EventType PURCHASE_ORDER_STATUS_CHANGED =
            new EventType("purchase-order.status.changed", Known.PURCHASE_ORDER_STATUS_CHANGED);

    private static final List<EventType> ALL = List.of(
            EXPENSE_CREATED, EXPENSE_REVIEWED, EXPENSE_APPROVED, EXPENSE_DELETED, EXPENSE_PAYMENT_DETAILS_UPDATED,
            PAYMENT_AUTHORIZED, PAYMENT_REVERTED, PAYMENT_SETTLED, PAYMENT_FAILED,
            DEPOSIT_RECEIVED, SUPPLIER_CREATED, SUPPLIER_UPDATED, PURCHASE_ORDER_STATUS_CHANGED);
    private static final Map<String, EventType> KNOWN = index(ALL.toArray(EventType[]::new));

    private EventType(String value, Known known) {
        super(value, known, known != Known.UNKNOWN);
    }

    /** The constant for {@code value}, or a new unknown instance holding it. */
    @JsonCreator
    public static EventType of(String value) {
        EventType known = KNOWN.get(value);
        return known != null ? known : new EventType(value, Known.UNKNOWN);
    }

    /** The 13 event types this SDK version knows, in the order of the API reference. */
    public static List<EventType> knownValues() {
        return ALL;
    }

    /**
     * The values of {@link EventType} this SDK version knows, as a Java enum to {@code switch} over
     * ({@link EventType#known()}); {@link #UNKNOWN} stands for any value Payhawk added later.
     */
    public enum Known {
        /** {@code "expense.created"}. */
        EXPENSE_CREATED,
        /** {@code "expense.reviewed"}. */
        EXPENSE_REVIEWED,
        /** {@code "expense.approved"}. */
        EXPENSE_APPROVED,
        /** {@code "expense.deleted"}. */
        EXPENSE_DELETED,
        /** {@code "expense.payment-details.updated"}. */
        EXPENSE_PAYMENT_DETAILS_UPDATED,
        /** {@code "payment.authorized"}. */
        PAYMENT_AUTHORIZED,
        /** {@code "payment.reverted"}. */
        PAYMENT_REVERTED,
        /** {@code "payment.settled"}. */
        PAYMENT_SETTLED,
        /** {@code "payment.failed"}. */
        PAYMENT_FAILED,
        /** {@code "deposit.received"}. */
        DEPOSIT_RECEIVED,
        /** {@code "supplier.created"}. */
        SUPPLIER_CREATED,
        /** {@code "supplier.updated"}. */
        SUPPLIER_UPDATED,
        /** {@code "purchase-order.status.changed"}. */
        PURCHASE_ORDER_STATUS_CHANGED,
        /** A value this SDK version does not know; {@link EventType#value()} has it as sent. */
        UNKNOWN
    }
}
