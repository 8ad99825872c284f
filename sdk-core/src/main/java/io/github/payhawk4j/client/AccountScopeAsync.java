package io.github.payhawk4j.client;

import io.github.payhawk4j.operation.DepositServiceAsyncImpl;
import io.github.payhawk4j.operation.ExpenseServiceAsyncImpl;
import io.github.payhawk4j.operation.OperationRunner;
import io.github.payhawk4j.operation.CardServiceAsyncImpl;
import io.github.payhawk4j.operation.UserServiceAsyncImpl;
import io.github.payhawk4j.operation.ExpenseCategoryServiceAsyncImpl;
import io.github.payhawk4j.operation.FundAccountServiceAsyncImpl;
import io.github.payhawk4j.operation.PurchaseOrderServiceAsyncImpl;
import io.github.payhawk4j.operation.CustomFieldServiceAsyncImpl;
import io.github.payhawk4j.operation.AccountCodeServiceAsyncImpl;
import io.github.payhawk4j.operation.TaxRateServiceAsyncImpl;
import io.github.payhawk4j.operation.AmortizationServiceAsyncImpl;
import io.github.payhawk4j.operation.ExternalTeamServiceAsyncImpl;
import io.github.payhawk4j.operation.SupplierServiceAsyncImpl;
import io.github.payhawk4j.operation.TeamServiceAsyncImpl;
import io.github.payhawk4j.operation.WebhookSubscriptionServiceAsyncImpl;
import io.github.payhawk4j.service.async.DepositServiceAsync;
import io.github.payhawk4j.service.async.FundAccountServiceAsync;
import io.github.payhawk4j.service.async.ExpenseCategoryServiceAsync;
import io.github.payhawk4j.service.async.UserServiceAsync;
import io.github.payhawk4j.service.async.CardServiceAsync;
import io.github.payhawk4j.service.async.ExpenseServiceAsync;
import io.github.payhawk4j.service.async.PurchaseOrderServiceAsync;
import io.github.payhawk4j.service.async.CustomFieldServiceAsync;
import io.github.payhawk4j.service.async.AccountCodeServiceAsync;
import io.github.payhawk4j.service.async.TaxRateServiceAsync;
import io.github.payhawk4j.service.async.AmortizationServiceAsync;
import io.github.payhawk4j.service.async.ExternalTeamServiceAsync;
import io.github.payhawk4j.service.async.SupplierServiceAsync;
import io.github.payhawk4j.service.async.TeamServiceAsync;
import io.github.payhawk4j.service.async.WebhookSubscriptionServiceAsync;

import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The async services of one Payhawk account: {@code client.async().account("other_id").expenses()}.
 * Immutable and thread-safe; cheap to create.
 */
public final class AccountScopeAsync {

    // Slots of the services, each created when first asked for: a client that only reads expenses loads and
    // builds no other service (nor the models and readers their operations name).
    private static final int EXPENSES = 0;
    private static final int WEBHOOKS = 1;
    private static final int SUPPLIERS = 2;
    private static final int DEPOSITS = 3;
    private static final int PURCHASE_ORDERS = 4;
    private static final int TEAMS = 5;
    private static final int CARDS = 6;
    private static final int USERS = 7;
    private static final int EXPENSE_CATEGORIES = 8;
    private static final int FUND_ACCOUNTS = 9;
    private static final int CUSTOM_FIELDS = 10;
    private static final int ACCOUNT_CODES = 11;
    private static final int TAX_RATES = 12;
    private static final int AMORTIZATIONS = 13;
    private static final int EXTERNAL_TEAMS = 14;
    private static final int SERVICES = 15;

    private final String accountId;
    private final OperationRunner runner;
    private final AtomicReferenceArray<Object> services = new AtomicReferenceArray<>(SERVICES);

    AccountScopeAsync(OperationRunner runner, String accountId) {
        this.accountId = AccountScope.requireAccountId(accountId);
        this.runner = runner;
    }

    /** The service in {@code slot}, created on first use; every caller gets the same instance. */
    private Object service(int slot) {
        Object service = services.get(slot);
        if (service == null) {
            Object created = create(slot);
            // A racing thread may have set it meanwhile: keep the first, so the accessor always returns one instance.
            service = services.compareAndExchange(slot, null, created);
            if (service == null) {
                service = created;
            }
        }
        return service;
    }

    private Object create(int slot) {
        return switch (slot) {
            case EXPENSES -> new ExpenseServiceAsyncImpl(runner, accountId);
            case WEBHOOKS -> new WebhookSubscriptionServiceAsyncImpl(runner, accountId);
            case SUPPLIERS -> new SupplierServiceAsyncImpl(runner, accountId);
            case DEPOSITS -> new DepositServiceAsyncImpl(runner, accountId);
            case PURCHASE_ORDERS -> new PurchaseOrderServiceAsyncImpl(runner, accountId);
            case TEAMS -> TeamServiceAsyncImpl.ofAccount(runner, accountId);
            case CARDS -> new CardServiceAsyncImpl(runner, accountId);
            case USERS -> new UserServiceAsyncImpl(runner, accountId);
            case EXPENSE_CATEGORIES -> new ExpenseCategoryServiceAsyncImpl(runner, accountId);
            case FUND_ACCOUNTS -> new FundAccountServiceAsyncImpl(runner, accountId);
            case CUSTOM_FIELDS -> new CustomFieldServiceAsyncImpl(runner, accountId);
            case ACCOUNT_CODES -> new AccountCodeServiceAsyncImpl(runner, accountId);
            case TAX_RATES -> new TaxRateServiceAsyncImpl(runner, accountId);
            case AMORTIZATIONS -> new AmortizationServiceAsyncImpl(runner, accountId);
            case EXTERNAL_TEAMS -> new ExternalTeamServiceAsyncImpl(runner, accountId);
            default -> throw new IllegalArgumentException("no service slot " + slot);
        };
    }

    /** The account these services work on. */
    public String accountId() {
        return accountId;
    }

    /** Expenses: list, get, update, payments, workflow, bank payment details, files. */
    public ExpenseServiceAsync expenses() {
        return (ExpenseServiceAsync) service(EXPENSES);
    }

    /** Webhook subscriptions: create, list, get, delete, ensure. */
    public WebhookSubscriptionServiceAsync webhooks() {
        return (WebhookSubscriptionServiceAsync) service(WEBHOOKS);
    }

    /** Suppliers: list, get. */
    public SupplierServiceAsync suppliers() {
        return (SupplierServiceAsync) service(SUPPLIERS);
    }

    /** Fund account deposits: get. */
    public DepositServiceAsync deposits() {
        return (DepositServiceAsync) service(DEPOSITS);
    }

    /** Purchase orders: get. */
    public PurchaseOrderServiceAsync purchaseOrders() {
        return (PurchaseOrderServiceAsync) service(PURCHASE_ORDERS);
    }

    /** Teams and their members: list, create, get, update, delete; members list, add, get, update, remove. */
    public TeamServiceAsync teams() {
        return (TeamServiceAsync) service(TEAMS);
    }

    /** Fund accounts: list, get, bank statement. */
    public FundAccountServiceAsync fundAccounts() {
        return (FundAccountServiceAsync) service(FUND_ACCOUNTS);
    }

    /** Expense categories: list. */
    public ExpenseCategoryServiceAsync expenseCategories() {
        return (ExpenseCategoryServiceAsync) service(EXPENSE_CATEGORIES);
    }

    /** Users: list, invite, update, delete, reimbursement details. */
    public UserServiceAsync users() {
        return (UserServiceAsync) service(USERS);
    }

    /** Cards: list, issue, get, update, change status. */
    public CardServiceAsync cards() {
        return (CardServiceAsync) service(CARDS);
    }

    /** Custom fields (cost centres, projects...) and, through {@code values(id)}, their values and value managers. */
    public CustomFieldServiceAsync customFields() {
        return (CustomFieldServiceAsync) service(CUSTOM_FIELDS);
    }

    /** The chart of accounts: list, replace. */
    public AccountCodeServiceAsync accountCodes() {
        return (AccountCodeServiceAsync) service(ACCOUNT_CODES);
    }

    /** The tax rates: list, replace. */
    public TaxRateServiceAsync taxRates() {
        return (TaxRateServiceAsync) service(TAX_RATES);
    }

    /** Amortization records: list, replace. */
    public AmortizationServiceAsync amortizations() {
        return (AmortizationServiceAsync) service(AMORTIZATIONS);
    }

    /** External (ERP) teams: list, replace. */
    public ExternalTeamServiceAsync externalTeams() {
        return (ExternalTeamServiceAsync) service(EXTERNAL_TEAMS);
    }

    @Override
    public String toString() {
        return "AccountScopeAsync{" + accountId + '}';
    }
}
