package io.github.payhawk4j.client;

import io.github.payhawk4j.operation.DepositServiceImpl;
import io.github.payhawk4j.operation.ExpenseServiceImpl;
import io.github.payhawk4j.operation.OperationRunner;
import io.github.payhawk4j.operation.CardServiceImpl;
import io.github.payhawk4j.operation.UserServiceImpl;
import io.github.payhawk4j.operation.ExpenseCategoryServiceImpl;
import io.github.payhawk4j.operation.FundAccountServiceImpl;
import io.github.payhawk4j.operation.PurchaseOrderServiceImpl;
import io.github.payhawk4j.operation.CustomFieldServiceImpl;
import io.github.payhawk4j.operation.AccountCodeServiceImpl;
import io.github.payhawk4j.operation.TaxRateServiceImpl;
import io.github.payhawk4j.operation.AmortizationServiceImpl;
import io.github.payhawk4j.operation.ExternalTeamServiceImpl;
import io.github.payhawk4j.operation.SupplierServiceImpl;
import io.github.payhawk4j.operation.TeamServiceImpl;
import io.github.payhawk4j.operation.WebhookSubscriptionServiceImpl;
import io.github.payhawk4j.service.DepositService;
import io.github.payhawk4j.service.FundAccountService;
import io.github.payhawk4j.service.ExpenseCategoryService;
import io.github.payhawk4j.service.UserService;
import io.github.payhawk4j.service.CardService;
import io.github.payhawk4j.service.ExpenseService;
import io.github.payhawk4j.service.PurchaseOrderService;
import io.github.payhawk4j.service.CustomFieldService;
import io.github.payhawk4j.service.AccountCodeService;
import io.github.payhawk4j.service.TaxRateService;
import io.github.payhawk4j.service.AmortizationService;
import io.github.payhawk4j.service.ExternalTeamService;
import io.github.payhawk4j.service.SupplierService;
import io.github.payhawk4j.service.TeamService;
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
    private final TeamService teams;
    private final CardService cards;
    private final UserService users;
    private final ExpenseCategoryService expenseCategories;
    private final FundAccountService fundAccounts;
    private final CustomFieldService customFields;
    private final AccountCodeService accountCodes;
    private final TaxRateService taxRates;
    private final AmortizationService amortizations;
    private final ExternalTeamService externalTeams;

    AccountScope(OperationRunner runner, String accountId) {
        this.accountId = requireAccountId(accountId);
        this.expenses = new ExpenseServiceImpl(runner, accountId);
        this.webhooks = new WebhookSubscriptionServiceImpl(runner, accountId);
        this.suppliers = new SupplierServiceImpl(runner, accountId);
        this.deposits = new DepositServiceImpl(runner, accountId);
        this.purchaseOrders = new PurchaseOrderServiceImpl(runner, accountId);
        this.teams = TeamServiceImpl.ofAccount(runner, accountId);
        this.cards = new CardServiceImpl(runner, accountId);
        this.users = new UserServiceImpl(runner, accountId);
        this.expenseCategories = new ExpenseCategoryServiceImpl(runner, accountId);
        this.fundAccounts = new FundAccountServiceImpl(runner, accountId);
        this.customFields = new CustomFieldServiceImpl(runner, accountId);
        this.accountCodes = new AccountCodeServiceImpl(runner, accountId);
        this.taxRates = new TaxRateServiceImpl(runner, accountId);
        this.amortizations = new AmortizationServiceImpl(runner, accountId);
        this.externalTeams = new ExternalTeamServiceImpl(runner, accountId);
    }

    static String requireAccountId(String accountId) {
        if (accountId == null || accountId.isBlank()) {
            throw new IllegalArgumentException("accountId must not be empty");
        }
        return accountId;
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

    /** Teams and their members: list, create, get, update, delete; members list, add, get, update, remove. */
    public TeamService teams() {
        return teams;
    }

    /** Fund accounts: list, get, bank statement. */
    public FundAccountService fundAccounts() {
        return fundAccounts;
    }

    /** Expense categories: list. */
    public ExpenseCategoryService expenseCategories() {
        return expenseCategories;
    }

    /** Users: list, invite, update, delete, reimbursement details. */
    public UserService users() {
        return users;
    }

    /** Cards: list, issue, get, update, change status. */
    public CardService cards() {
        return cards;
    }

    /** Custom fields (cost centres, projects...) and, through {@code values(id)}, their values and value managers. */
    public CustomFieldService customFields() {
        return customFields;
    }

    /** The chart of accounts: list, replace. */
    public AccountCodeService accountCodes() {
        return accountCodes;
    }

    /** The tax rates: list, replace. */
    public TaxRateService taxRates() {
        return taxRates;
    }

    /** Amortization records: list, replace. */
    public AmortizationService amortizations() {
        return amortizations;
    }

    /** External (ERP) teams: list, replace. */
    public ExternalTeamService externalTeams() {
        return externalTeams;
    }

    @Override
    public String toString() {
        return "AccountScope{" + accountId + '}';
    }
}
