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
    private final OperationRunner runner;
    private final AccountServices services = new AccountServices(this::create);

    AccountScope(OperationRunner runner, String accountId) {
        this.accountId = requireAccountId(accountId);
        this.runner = runner;
    }

    private Object create(int slot) {
        return switch (slot) {
            case AccountServices.EXPENSES -> new ExpenseServiceImpl(runner, accountId);
            case AccountServices.WEBHOOKS -> new WebhookSubscriptionServiceImpl(runner, accountId);
            case AccountServices.SUPPLIERS -> new SupplierServiceImpl(runner, accountId);
            case AccountServices.DEPOSITS -> new DepositServiceImpl(runner, accountId);
            case AccountServices.PURCHASE_ORDERS -> new PurchaseOrderServiceImpl(runner, accountId);
            case AccountServices.TEAMS -> TeamServiceImpl.ofAccount(runner, accountId);
            case AccountServices.CARDS -> new CardServiceImpl(runner, accountId);
            case AccountServices.USERS -> new UserServiceImpl(runner, accountId);
            case AccountServices.EXPENSE_CATEGORIES -> new ExpenseCategoryServiceImpl(runner, accountId);
            case AccountServices.FUND_ACCOUNTS -> new FundAccountServiceImpl(runner, accountId);
            case AccountServices.CUSTOM_FIELDS -> new CustomFieldServiceImpl(runner, accountId);
            case AccountServices.ACCOUNT_CODES -> new AccountCodeServiceImpl(runner, accountId);
            case AccountServices.TAX_RATES -> new TaxRateServiceImpl(runner, accountId);
            case AccountServices.AMORTIZATIONS -> new AmortizationServiceImpl(runner, accountId);
            case AccountServices.EXTERNAL_TEAMS -> new ExternalTeamServiceImpl(runner, accountId);
            default -> throw new IllegalArgumentException("no service slot " + slot);
        };
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
        return (ExpenseService) services.get(AccountServices.EXPENSES);
    }

    /** Webhook subscriptions: create, list, get, delete, ensure. */
    public WebhookSubscriptionService webhooks() {
        return (WebhookSubscriptionService) services.get(AccountServices.WEBHOOKS);
    }

    /** Suppliers: list, get. */
    public SupplierService suppliers() {
        return (SupplierService) services.get(AccountServices.SUPPLIERS);
    }

    /** Fund account deposits: get. */
    public DepositService deposits() {
        return (DepositService) services.get(AccountServices.DEPOSITS);
    }

    /** Purchase orders: get. */
    public PurchaseOrderService purchaseOrders() {
        return (PurchaseOrderService) services.get(AccountServices.PURCHASE_ORDERS);
    }

    /** Teams and their members: list, create, get, update, delete; members list, add, get, update, remove. */
    public TeamService teams() {
        return (TeamService) services.get(AccountServices.TEAMS);
    }

    /** Fund accounts: list, get, bank statement. */
    public FundAccountService fundAccounts() {
        return (FundAccountService) services.get(AccountServices.FUND_ACCOUNTS);
    }

    /** Expense categories: list. */
    public ExpenseCategoryService expenseCategories() {
        return (ExpenseCategoryService) services.get(AccountServices.EXPENSE_CATEGORIES);
    }

    /** Users: list, invite, update, delete, reimbursement details. */
    public UserService users() {
        return (UserService) services.get(AccountServices.USERS);
    }

    /** Cards: list, issue, get, update, change status. */
    public CardService cards() {
        return (CardService) services.get(AccountServices.CARDS);
    }

    /** Custom fields (cost centres, projects...) and, through {@code values(id)}, their values and value managers. */
    public CustomFieldService customFields() {
        return (CustomFieldService) services.get(AccountServices.CUSTOM_FIELDS);
    }

    /** The chart of accounts: list, replace. */
    public AccountCodeService accountCodes() {
        return (AccountCodeService) services.get(AccountServices.ACCOUNT_CODES);
    }

    /** The tax rates: list, replace. */
    public TaxRateService taxRates() {
        return (TaxRateService) services.get(AccountServices.TAX_RATES);
    }

    /** Amortization records: list, replace. */
    public AmortizationService amortizations() {
        return (AmortizationService) services.get(AccountServices.AMORTIZATIONS);
    }

    /** External (ERP) teams: list, replace. */
    public ExternalTeamService externalTeams() {
        return (ExternalTeamService) services.get(AccountServices.EXTERNAL_TEAMS);
    }

    @Override
    public String toString() {
        return "AccountScope{" + accountId + '}';
    }
}
