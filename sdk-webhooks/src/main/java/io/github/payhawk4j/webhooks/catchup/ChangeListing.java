package io.github.payhawk4j.webhooks.catchup;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.payhawk4j.client.AccountScope;
import io.github.payhawk4j.model.expense.Expense;
import io.github.payhawk4j.model.expense.ExpensePayment;
import io.github.payhawk4j.model.expense.PaymentStatus;
import io.github.payhawk4j.model.supplier.Supplier;
import io.github.payhawk4j.model.supplier.SupplierStatus;
import io.github.payhawk4j.model.webhook.EventType;
import io.github.payhawk4j.query.DateField;
import io.github.payhawk4j.query.ExpenseFilter;
import io.github.payhawk4j.query.ExpenseOrder;
import io.github.payhawk4j.query.ExpenseQuery;
import io.github.payhawk4j.webhooks.event.ExpenseCreated;
import io.github.payhawk4j.webhooks.event.ExpenseReviewed;
import io.github.payhawk4j.webhooks.event.PaymentSettled;
import io.github.payhawk4j.webhooks.event.SupplierUpdated;
import io.github.payhawk4j.webhooks.event.WebhookEvent;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Lists what changed in a {@link DeliveryGap} through the API and turns each change into the event Payhawk would
 * have delivered, with a delivery id that is the same each time the same change is synthesized.
 */
final class ChangeListing {

    /** The prefix of every synthesized delivery id. */
    static final String DELIVERY_ID_PREFIX = "catch-up:";

    /** The event types this class can reconstruct. */
    static final Set<EventType> RECONSTRUCTABLE = Set.of(EventType.EXPENSE_CREATED, EventType.EXPENSE_REVIEWED,
            EventType.PAYMENT_SETTLED, EventType.SUPPLIER_CREATED, EventType.SUPPLIER_UPDATED);

    // Payhawk compares dates by their UTC day: ask for the days the window touches, then keep the exact instants.
    private static final Duration ONE_DAY = Duration.ofDays(1);
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final AccountScope account;
    private final int pageSize;

    ChangeListing(AccountScope account, int pageSize) {
        this.account = account;
        this.pageSize = pageSize;
    }

    /** The events of the gap's type that the API shows in the window, oldest first. */
    List<WebhookEvent> eventsIn(DeliveryGap gap) {
        EventType type = gap.eventType();
        if (type.equals(EventType.EXPENSE_CREATED)) {
            return expenses(gap, ExpenseFilter::createdAt, Expense::createdAt, ExpenseOrder.CREATED_AT_ASC).stream()
                    .map(expense -> (WebhookEvent) new ExpenseCreated(deliveryId(gap, expense.id()), gap.accountId(),
                            expense.createdAt(), expense.id(), expensePayload(expense)))
                    .toList();
        }
        if (type.equals(EventType.EXPENSE_REVIEWED)) {
            return expenses(gap, ExpenseFilter::reviewedAt, Expense::reviewedAt, ExpenseOrder.CREATED_AT_ASC).stream()
                    .sorted(Comparator.comparing(Expense::reviewedAt))
                    .map(expense -> (WebhookEvent) new ExpenseReviewed(deliveryId(gap, expense.id()), gap.accountId(),
                            expense.reviewedAt(), expense.id(), expensePayload(expense)))
                    .toList();
        }
        if (type.equals(EventType.PAYMENT_SETTLED)) {
            return settledPayments(gap);
        }
        if (type.equals(EventType.SUPPLIER_CREATED) || type.equals(EventType.SUPPLIER_UPDATED)) {
            return supplierRefreshes(gap);
        }
        throw new IllegalArgumentException(type + " cannot be reconstructed from the API");
    }

    private List<Expense> expenses(DeliveryGap gap, java.util.function.Supplier<DateField> field,
                                   Function<Expense, Instant> when, ExpenseOrder order) {
        DateField date = field.get();
        ExpenseQuery query = ExpenseQuery.builder()
                .filter(date.between(gap.from().minus(ONE_DAY), gap.to().plus(ONE_DAY)))
                .orderBy(order)
                .take(pageSize)
                .build();
        try (Stream<Expense> listed = account.expenses().listAll(query).stream()) {
            return listed.filter(expense -> when.apply(expense) != null && gap.contains(when.apply(expense))).toList();
        }
    }

    private List<WebhookEvent> settledPayments(DeliveryGap gap) {
        List<WebhookEvent> events = new ArrayList<>();
        for (Expense expense : expenses(gap, ExpenseFilter::settledAt, Expense::settledAt, ExpenseOrder.CREATED_AT_ASC)) {
            for (ExpensePayment payment : account.expenses().payments(expense.id())) {
                if (!PaymentStatus.SETTLED.equals(payment.status())) {
                    continue;
                }
                Instant at = Optional.ofNullable(payment.date()).orElse(expense.settledAt());
                ObjectNode payload = expensePayload(expense).put("paymentId", payment.id());
                events.add(new PaymentSettled(deliveryId(gap, payment.id()), gap.accountId(), at, expense.id(),
                        Optional.of(payment.id()), payload));
            }
        }
        events.sort(Comparator.comparing(WebhookEvent::timestamp));
        return events;
    }

    /**
     * Suppliers carry no dates, so which changed in the window cannot be told: every supplier is offered again as
     * {@code supplier.updated}, for handlers that upsert its current state. The delivery id names the gap's end, so
     * catching up the same gap again is a duplicate, and a later gap refreshes again.
     */
    private List<WebhookEvent> supplierRefreshes(DeliveryGap gap) {
        List<WebhookEvent> events = new ArrayList<>();
        for (SupplierStatus status : List.of(SupplierStatus.ACTIVE, SupplierStatus.ARCHIVED)) {
            for (Supplier supplier : account.suppliers().list(status)) {
                String id = DELIVERY_ID_PREFIX + EventType.SUPPLIER_UPDATED.value() + ":" + gap.accountId() + ":"
                        + supplier.id() + "@" + gap.to().toEpochMilli();
                events.add(new SupplierUpdated(id, gap.accountId(), gap.to(), supplier.id(),
                        JSON.objectNode().put("supplierId", supplier.id())));
            }
        }
        return events;
    }

    private static String deliveryId(DeliveryGap gap, String resourceId) {
        return DELIVERY_ID_PREFIX + gap.eventType().value() + ":" + gap.accountId() + ":" + resourceId;
    }

    private static ObjectNode expensePayload(Expense expense) {
        return JSON.objectNode().put("expenseId", expense.id());
    }

    /** Only there to give {@code ExpenseFilter::createdAt} and friends a shape {@link Function} accepts. */
    private interface DateFieldSource {
    }
}
