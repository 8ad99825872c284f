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


/**
 * The async services of one Payhawk account: {@code client.async().account("other_id").expenses()}.
 * Immutable and thread-safe; cheap to create.
 */
public final class AccountScopeAsync {

    private final String accountId;
    private final OperationRunner runner;
    private final AccountServices services = new AccountServices(this::create);

    AccountScopeAsync(OperationRunner runner, String accountId) {
        this.accountId = AccountScope.requireAccountId(accountId);
        this.runner = runner;
    }

    private Object create(int slot) {
        return switch (slot) {
            case AccountServices.EXPENSES -> new ExpenseServiceAsyncImpl(runner, accountId);
            case AccountServices.WEBHOOKS -> new WebhookSubscriptionServiceAsyncImpl(runner, accountId);
            case AccountServices.SUPPLIERS -> new SupplierServiceAsyncImpl(runner, accountId);
            case AccountServices.DEPOSITS -> new DepositServiceAsyncImpl(runner, accountId);
            case AccountServices.PURCHASE_ORDERS -> new PurchaseOrderServiceAsyncImpl(runner, accountId);
            case AccountServices.TEAMS -> TeamServiceAsyncImpl.ofAccount(runner, accountId);
            case AccountServices.CARDS -> new CardServiceAsyncImpl(runner, accountId);
            case AccountServices.USERS -> new UserServiceAsyncImpl(runner, accountId);
            case AccountServices.EXPENSE_CATEGORIES -> new ExpenseCategoryServiceAsyncImpl(runner, accountId);
            case AccountServices.FUND_ACCOUNTS -> new FundAccountServiceAsyncImpl(runner, accountId);
            case AccountServices.CUSTOM_FIELDS -> new CustomFieldServiceAsyncImpl(runner, accountId);
            case AccountServices.ACCOUNT_CODES -> new AccountCodeServiceAsyncImpl(runner, accountId);
            case AccountServices.TAX_RATES -> new TaxRateServiceAsyncImpl(runner, accountId);
            case AccountServices.AMORTIZATIONS -> new AmortizationServiceAsyncImpl(runner, accountId);
            case AccountServices.EXTERNAL_TEAMS -> new ExternalTeamServiceAsyncImpl(runner, accountId);
            default -> throw new IllegalArgumentException("no service slot " + slot);
        };
    }

    /** The account these services work on. */
    public String accountId() {
        return accountId;
    }

    /** Expenses: list, get, update, payments, workflow, bank payment details, files. */
    public ExpenseServiceAsync expenses() {
        return (ExpenseServiceAsync) services.get(AccountServices.EXPENSES);
    }

    /** Webhook subscriptions: create, list, get, delete, ensure. */
    public WebhookSubscriptionServiceAsync webhooks() {
        return (WebhookSubscriptionServiceAsync) services.get(AccountServices.WEBHOOKS);
    }

    /** Suppliers: list, get. */
    public SupplierServiceAsync suppliers() {
        return (SupplierServiceAsync) services.get(AccountServices.SUPPLIERS);
    }

    /** Fund account deposits: get. */
    public DepositServiceAsync deposits() {
        return (DepositServiceAsync) services.get(AccountServices.DEPOSITS);
    }

    /** Purchase orders: get. */
    public PurchaseOrderServiceAsync purchaseOrders() {
        return (PurchaseOrderServiceAsync) services.get(AccountServices.PURCHASE_ORDERS);
    }

    /** Teams and their members: list, create, get, update, delete; members list, add, get, update, remove. */
    public TeamServiceAsync teams() {
        return (TeamServiceAsync) services.get(AccountServices.TEAMS);
    }

    /** Fund accounts: list, get, bank statement. */
    public FundAccountServiceAsync fundAccounts() {
        return (FundAccountServiceAsync) services.get(AccountServices.FUND_ACCOUNTS);
    }

    /** Expense categories: list. */
    public ExpenseCategoryServiceAsync expenseCategories() {
        return (ExpenseCategoryServiceAsync) services.get(AccountServices.EXPENSE_CATEGORIES);
    }

    /** Users: list, invite, update, delete, reimbursement details. */
    public UserServiceAsync users() {
        return (UserServiceAsync) services.get(AccountServices.USERS);
    }

    /** Cards: list, issue, get, update, change status. */
    public CardServiceAsync cards() {
        return (CardServiceAsync) services.get(AccountServices.CARDS);
    }

    /** Custom fields (cost centres, projects...) and, through {@code values(id)}, their values and value managers. */
    public CustomFieldServiceAsync customFields() {
        return (CustomFieldServiceAsync) services.get(AccountServices.CUSTOM_FIELDS);
    }

    /** The chart of accounts: list, replace. */
    public AccountCodeServiceAsync accountCodes() {
        return (AccountCodeServiceAsync) services.get(AccountServices.ACCOUNT_CODES);
    }

    /** The tax rates: list, replace. */
    public TaxRateServiceAsync taxRates() {
        return (TaxRateServiceAsync) services.get(AccountServices.TAX_RATES);
    }

    /** Amortization records: list, replace. */
    public AmortizationServiceAsync amortizations() {
        return (AmortizationServiceAsync) services.get(AccountServices.AMORTIZATIONS);
    }

    /** External (ERP) teams: list, replace. */
    public ExternalTeamServiceAsync externalTeams() {
        return (ExternalTeamServiceAsync) services.get(AccountServices.EXTERNAL_TEAMS);
    }

    @Override
    public String toString() {
        return "AccountScopeAsync{" + accountId + '}';
    }
}
