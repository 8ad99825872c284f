package io.github.payhawk4j.client;

import io.github.payhawk4j.http.ApiTransport;
import io.github.payhawk4j.service.DepositService;
import io.github.payhawk4j.service.ExpenseService;
import io.github.payhawk4j.service.PurchaseOrderService;
import io.github.payhawk4j.service.SupplierService;
import io.github.payhawk4j.service.WebhookSubscriptionService;

/**
 * The services of one Payhawk account. One API key may reach several accounts:
 * {@code client.account("other_id").expenses()}. Immutable and thread-safe; cheap to create.
 */
public final class AccountScope {

    private final String accountId;
    private final ExpenseService expenses;
    private final WebhookSubscriptionService webhooks;
    private final SupplierService suppliers;
    private final DepositService deposits;
    private final PurchaseOrderService purchaseOrders;

    AccountScope(ApiTransport transport, String accountId) {
        if (accountId == null || accountId.isBlank()) {
            throw new IllegalArgumentException("accountId must not be empty");
        }
        this.accountId = accountId;
        this.expenses = new ExpenseService(transport, accountId);
        this.webhooks = new WebhookSubscriptionService(transport, accountId);
        this.suppliers = new SupplierService(transport, accountId);
        this.deposits = new DepositService(transport, accountId);
        this.purchaseOrders = new PurchaseOrderService(transport, accountId);
    }

    /** The account these services work on. */
    public String accountId() {
        return accountId;
    }

    /** Expenses: list, get, update, payments, workflow, bank payment details, files. */
    public ExpenseService expenses() {
        return expenses;
    }

    /** Webhook subscriptions: create, list, get, delete, ensure. */
    public WebhookSubscriptionService webhooks() {
        return webhooks;
    }

    /** Suppliers: list, get. */
    public SupplierService suppliers() {
        return suppliers;
    }

    /** Fund account deposits: get. */
    public DepositService deposits() {
        return deposits;
    }

    /** Purchase orders: get. */
    public PurchaseOrderService purchaseOrders() {
        return purchaseOrders;
    }

    @Override
    public String toString() {
        return "AccountScope{" + accountId + '}';
    }
}
