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
    private final ExpenseServiceAsync expenses;
    private final WebhookSubscriptionServiceAsync webhooks;
    private final SupplierServiceAsync suppliers;
    private final DepositServiceAsync deposits;
    private final PurchaseOrderServiceAsync purchaseOrders;
    private final TeamServiceAsync teams;
    private final CardServiceAsync cards;
    private final UserServiceAsync users;
    private final ExpenseCategoryServiceAsync expenseCategories;
    private final FundAccountServiceAsync fundAccounts;
    private final CustomFieldServiceAsync customFields;
    private final AccountCodeServiceAsync accountCodes;
    private final TaxRateServiceAsync taxRates;
    private final AmortizationServiceAsync amortizations;
    private final ExternalTeamServiceAsync externalTeams;

    AccountScopeAsync(OperationRunner runner, String accountId) {
        this.accountId = AccountScope.requireAccountId(accountId);
        this.expenses = new ExpenseServiceAsyncImpl(runner, accountId);
        this.webhooks = new WebhookSubscriptionServiceAsyncImpl(runner, accountId);
        this.suppliers = new SupplierServiceAsyncImpl(runner, accountId);
        this.deposits = new DepositServiceAsyncImpl(runner, accountId);
        this.purchaseOrders = new PurchaseOrderServiceAsyncImpl(runner, accountId);
        this.teams = TeamServiceAsyncImpl.ofAccount(runner, accountId);
        this.cards = new CardServiceAsyncImpl(runner, accountId);
        this.users = new UserServiceAsyncImpl(runner, accountId);
        this.expenseCategories = new ExpenseCategoryServiceAsyncImpl(runner, accountId);
        this.fundAccounts = new FundAccountServiceAsyncImpl(runner, accountId);
        this.customFields = new CustomFieldServiceAsyncImpl(runner, accountId);
        this.accountCodes = new AccountCodeServiceAsyncImpl(runner, accountId);
        this.taxRates = new TaxRateServiceAsyncImpl(runner, accountId);
        this.amortizations = new AmortizationServiceAsyncImpl(runner, accountId);
        this.externalTeams = new ExternalTeamServiceAsyncImpl(runner, accountId);
    }

    /** The account these services work on. */
    public String accountId() {
        return accountId;
    }

    /** Expenses: list, get, update, payments, workflow, bank payment details, files. */
    public ExpenseServiceAsync expenses() {
        return expenses;
    }

    /** Webhook subscriptions: create, list, get, delete, ensure. */
    public WebhookSubscriptionServiceAsync webhooks() {
        return webhooks;
    }

    /** Suppliers: list, get. */
    public SupplierServiceAsync suppliers() {
        return suppliers;
    }

    /** Fund account deposits: get. */
    public DepositServiceAsync deposits() {
        return deposits;
    }

    /** Purchase orders: get. */
    public PurchaseOrderServiceAsync purchaseOrders() {
        return purchaseOrders;
    }

    /** Teams and their members: list, create, get, update, delete; members list, add, get, update, remove. */
    public TeamServiceAsync teams() {
        return teams;
    }

    /** Fund accounts: list, get, bank statement. */
    public FundAccountServiceAsync fundAccounts() {
        return fundAccounts;
    }

    /** Expense categories: list. */
    public ExpenseCategoryServiceAsync expenseCategories() {
        return expenseCategories;
    }

    /** Users: list, invite, update, delete, reimbursement details. */
    public UserServiceAsync users() {
        return users;
    }

    /** Cards: list, issue, get, update, change status. */
    public CardServiceAsync cards() {
        return cards;
    }

    /** Custom fields (cost centres, projects...) and, through {@code values(id)}, their values and value managers. */
    public CustomFieldServiceAsync customFields() {
        return customFields;
    }

    /** The chart of accounts: list, replace. */
    public AccountCodeServiceAsync accountCodes() {
        return accountCodes;
    }

    /** The tax rates: list, replace. */
    public TaxRateServiceAsync taxRates() {
        return taxRates;
    }

    /** Amortization records: list, replace. */
    public AmortizationServiceAsync amortizations() {
        return amortizations;
    }

    /** External (ERP) teams: list, replace. */
    public ExternalTeamServiceAsync externalTeams() {
        return externalTeams;
    }

    @Override
    public String toString() {
        return "AccountScopeAsync{" + accountId + '}';
    }
}
