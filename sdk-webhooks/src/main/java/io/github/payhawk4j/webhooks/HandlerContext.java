package io.github.payhawk4j.webhooks;

import io.github.payhawk4j.client.AccountScope;
import io.github.payhawk4j.client.PayhawkClient;
import io.github.payhawk4j.model.deposit.Deposit;
import io.github.payhawk4j.model.expense.Expense;
import io.github.payhawk4j.model.expense.ExpensePayment;
import io.github.payhawk4j.model.expense.ExpenseWorkflowStatus;
import io.github.payhawk4j.model.purchaseorder.PurchaseOrder;
import io.github.payhawk4j.model.supplier.Supplier;
import io.github.payhawk4j.webhooks.event.DepositEvent;
import io.github.payhawk4j.webhooks.event.ExpenseEvent;
import io.github.payhawk4j.webhooks.event.PaymentEvent;
import io.github.payhawk4j.webhooks.event.PurchaseOrderEvent;
import io.github.payhawk4j.webhooks.event.SupplierEvent;
import io.github.payhawk4j.webhooks.event.WebhookEvent;

import java.sql.Connection;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;

/**
 * What a {@link WebhookHandler} gets besides the event: the resources the event refers to, fetched through
 * sdk-core lazily, on first use, and at most once per delivery (later calls return the same object).
 *
 * <p>Every fetch goes to the event's account ({@code client.account(event.accountId())}, or the client's default
 * account if the delivery names none), resolved once per delivery and shared by every fetch. A fetch that fails
 * throws the client's {@code PayhawkException} (for example {@code NotFoundException} for the expense of an
 * {@code expense.deleted} event) and is not remembered, so calling again tries again. Calling an accessor the
 * event cannot support (an {@code expense()} of a supplier event, or of an event whose payload has no expense id)
 * throws {@link IllegalStateException} saying why.
 *
 * <p>One context belongs to one delivery; it is thread-safe.
 */
public final class HandlerContext {

    private final WebhookEvent event;
    private final PayhawkClient client;
    private final Connection connection;
    private final boolean catchUp;
    private final Memo<AccountScope> accountScope = new Memo<>();
    private final Memo<Expense> expense = new Memo<>();
    private final Memo<List<ExpensePayment>> payments = new Memo<>();
    private final Memo<ExpenseWorkflowStatus> workflow = new Memo<>();
    private final Memo<Supplier> supplier = new Memo<>();
    private final Memo<Deposit> deposit = new Memo<>();
    private final Memo<PurchaseOrder> purchaseOrder = new Memo<>();

    private HandlerContext(WebhookEvent event, PayhawkClient client) {
        this(event, client, null, false);
    }

    private HandlerContext(WebhookEvent event, PayhawkClient client, Connection connection, boolean catchUp) {
        this.event = Objects.requireNonNull(event, "event");
        this.client = client;
        this.connection = connection;
        this.catchUp = catchUp;
    }

    /**
     * A context for an event, fetching through {@code client}. The dispatcher makes one per delivery;
     * call this to test a handler on its own.
     *
     * @param event  the event being handled
     * @param client the client used to fetch what the event refers to
     */
    public static HandlerContext of(WebhookEvent event, PayhawkClient client) {
        return new HandlerContext(event, Objects.requireNonNull(client, "client"));
    }

    /** A context whose fetches fail with a message saying that no client was configured. */
    static HandlerContext withoutClient(WebhookEvent event) {
        return new HandlerContext(event, null);
    }

    /** A context for a handler that runs in a transaction; {@code client} and {@code connection} may be null. */
    static HandlerContext inTransaction(WebhookEvent event, PayhawkClient client, Connection connection) {
        return new HandlerContext(event, client, connection, false);
    }

    /**
     * A context for an event a catch-up synthesized from the API ({@link #isCatchUp()} true); {@code client} and
     * {@code connection} may be null.
     */
    static HandlerContext forCatchUp(WebhookEvent event, PayhawkClient client, Connection connection) {
        return new HandlerContext(event, client, connection, true);
    }

    /**
     * Whether the event was not delivered by Payhawk but synthesized by a catch-up from what the API lists, to close
     * a gap in deliveries (package {@code io.github.payhawk4j.webhooks.catchup}). Its {@link WebhookEvent#deliveryId()}
     * then starts with {@code catch-up:}, its payload carries the ids a real delivery would, and its timestamp is
     * when the API says the change happened. The same event may also arrive as a real delivery with another id:
     * make the effects idempotent by the business key ({@code EventKey}), not by the delivery id.
     */
    public boolean isCatchUp() {
        return catchUp;
    }

    /**
     * The JDBC connection of the transaction the delivery is handled in, when the handler runs in one
     * ({@link WebhookDispatcher.Builder#handlersInTransaction(boolean)}, or a {@code WebhookInbox} worker). Write
     * the delivery's effects through it: they commit together with the record that the delivery was processed, or
     * roll back with it if the handler throws, so each effect happens exactly once. The SDK ends the transaction:
     * {@code commit()}, {@code rollback()}, {@code close()} and {@code setAutoCommit} throw.
     *
     * @throws IllegalStateException if the handler does not run in a transaction
     */
    public Connection connection() {
        if (connection == null) {
            throw new IllegalStateException("connection() needs a handler that runs in a transaction: build the"
                    + " dispatcher with a JdbcDeliveryStore and handlersInTransaction(true), or use a WebhookInbox"
                    + " (delivery " + event.deliveryId() + ")");
        }
        return connection;
    }

    /** The event being handled. */
    public WebhookEvent event() {
        return event;
    }

    /**
     * The client the dispatcher was built with, for calls the context has no shortcut for.
     *
     * @throws IllegalStateException if the dispatcher was built without a client
     */
    public PayhawkClient client() {
        return requireClient("client()");
    }

    /**
     * The client scoped to the event's account (the client's default account if the delivery names none),
     * e.g. to update the expense: {@code context.account().expenses().update(id, patch)}.
     *
     * @throws IllegalStateException if the dispatcher was built without a client
     */
    public AccountScope account() {
        return scope("account()");
    }

    /**
     * The full expense of an {@link ExpenseEvent} or {@link PaymentEvent}, fetched once.
     *
     * @throws IllegalStateException if the event is of another kind or carries no expense id
     */
    public Expense expense() {
        String expenseId = expenseId("expense()");
        return expense.get(() -> scope("expense()").expenses().get(expenseId));
    }

    /**
     * The payments of the expense of an {@link ExpenseEvent} or {@link PaymentEvent}, fetched once.
     *
     * @throws IllegalStateException if the event is of another kind or carries no expense id
     */
    public List<ExpensePayment> payments() {
        String expenseId = expenseId("payments()");
        return payments.get(() -> scope("payments()").expenses().payments(expenseId));
    }

    /**
     * The approval workflow of the expense of an {@link ExpenseEvent} or {@link PaymentEvent}, fetched once.
     *
     * @throws IllegalStateException if the event is of another kind or carries no expense id
     */
    public ExpenseWorkflowStatus workflow() {
        String expenseId = expenseId("workflow()");
        return workflow.get(() -> scope("workflow()").expenses().workflow(expenseId));
    }

    /**
     * The supplier of a {@link SupplierEvent}, fetched once.
     *
     * @throws IllegalStateException if the event is of another kind or carries no supplier id
     */
    public Supplier supplier() {
        if (!(event instanceof SupplierEvent supplierEvent)) {
            throw unsupported("supplier()", "a SupplierEvent");
        }
        String supplierId = requireId("supplier()", "supplierId", supplierEvent.supplierId());
        return supplier.get(() -> scope("supplier()").suppliers().get(supplierId));
    }

    /**
     * The deposit of a {@link DepositEvent}, fetched once by fund account id and deposit id.
     *
     * @throws IllegalStateException if the event is of another kind or lacks either id
     */
    public Deposit deposit() {
        if (!(event instanceof DepositEvent depositEvent)) {
            throw unsupported("deposit()", "a DepositEvent");
        }
        String fundAccountId = requireId("deposit()", "fundAccountId", depositEvent.fundAccountId());
        String depositId = requireId("deposit()", "depositId", depositEvent.depositId());
        return deposit.get(() -> scope("deposit()").deposits().get(fundAccountId, depositId));
    }

    /**
     * The purchase order of a {@link PurchaseOrderEvent}, fetched once.
     *
     * @throws IllegalStateException if the event is of another kind or carries no purchase order id
     */
    public PurchaseOrder purchaseOrder() {
        if (!(event instanceof PurchaseOrderEvent purchaseOrderEvent)) {
            throw unsupported("purchaseOrder()", "a PurchaseOrderEvent");
        }
        String purchaseOrderId = requireId("purchaseOrder()", "purchaseOrderId", purchaseOrderEvent.purchaseOrderId());
        return purchaseOrder.get(() -> scope("purchaseOrder()").purchaseOrders().get(purchaseOrderId));
    }

    private String expenseId(String accessor) {
        String expenseId;
        if (event instanceof ExpenseEvent expenseEvent) {
            expenseId = expenseEvent.expenseId();
        } else if (event instanceof PaymentEvent paymentEvent) {
            expenseId = paymentEvent.expenseId();
        } else {
            throw unsupported(accessor, "an ExpenseEvent or PaymentEvent");
        }
        return requireId(accessor, "expenseId", expenseId);
    }

    // The envelope names the account in practice; without one, the client's default account is used.
    private AccountScope scope(String accessor) {
        PayhawkClient payhawk = requireClient(accessor);
        return accountScope.get(() -> event.accountId() != null
                ? payhawk.account(event.accountId()) : payhawk.defaultAccount());
    }

    private PayhawkClient requireClient(String accessor) {
        if (client == null) {
            throw new IllegalStateException(accessor + " needs a PayhawkClient, but the dispatcher was built without"
                    + " one; pass it with WebhookDispatcher.builder().client(client)");
        }
        return client;
    }

    private IllegalStateException unsupported(String accessor, String needed) {
        return new IllegalStateException(accessor + " needs " + needed + ", but delivery " + event.deliveryId()
                + " is a " + event.eventType() + " event (" + event.getClass().getSimpleName() + ")");
    }

    private String requireId(String accessor, String idName, String id) {
        if (id == null || id.isBlank()) {
            throw new IllegalStateException(accessor + " needs the payload's " + idName + ", but the "
                    + event.eventType() + " payload of delivery " + event.deliveryId() + " has none");
        }
        return id;
    }

    /** A value computed on first successful use; failures are not remembered. */
    private static final class Memo<T> {
        private final ReentrantLock lock = new ReentrantLock();
        private T value;

        T get(java.util.function.Supplier<T> fetch) {
            lock.lock();
            try {
                if (value == null) {
                    value = fetch.get();
                }
                return value;
            } finally {
                lock.unlock();
            }
        }
    }
}
