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

import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The services of one Payhawk account. One API key may reach several accounts:
 * {@code client.account("other_id").expenses()}. Immutable and thread-safe; cheap to create.
 */
public final class AccountScope {

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

    AccountScope(OperationRunner runner, String accountId) {
        this.accountId = requireAccountId(accountId);
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
            case EXPENSES -> new ExpenseServiceImpl(runner, accountId);
            case WEBHOOKS -> new WebhookSubscriptionServiceImpl(runner, accountId);
            case SUPPLIERS -> new SupplierServiceImpl(runner, accountId);
            case DEPOSITS -> new DepositServiceImpl(runner, accountId);
            case PURCHASE_ORDERS -> new PurchaseOrderServiceImpl(runner, accountId);
            case TEAMS -> TeamServiceImpl.ofAccount(runner, accountId);
            case CARDS -> new CardServiceImpl(runner, accountId);
            case USERS -> new UserServiceImpl(runner, accountId);
            case EXPENSE_CATEGORIES -> new ExpenseCategoryServiceImpl(runner, accountId);
            case FUND_ACCOUNTS -> new FundAccountServiceImpl(runner, accountId);
            case CUSTOM_FIELDS -> new CustomFieldServiceImpl(runner, accountId);
            case ACCOUNT_CODES -> new AccountCodeServiceImpl(runner, accountId);
            case TAX_RATES -> new TaxRateServiceImpl(runner, accountId);
            case AMORTIZATIONS -> new AmortizationServiceImpl(runner, accountId);
            case EXTERNAL_TEAMS -> new ExternalTeamServiceImpl(runner, accountId);
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
        return (ExpenseService) service(EXPENSES);
    }

    /** Webhook subscriptions: create, list, get, delete, ensure. */
    public WebhookSubscriptionService webhooks() {
        return (WebhookSubscriptionService) service(WEBHOOKS);
    }

    /** Suppliers: list, get. */
    public SupplierService suppliers() {
        return (SupplierService) service(SUPPLIERS);
    }

    /** Fund account deposits: get. */
    public DepositService deposits() {
        return (DepositService) service(DEPOSITS);
    }

    /** Purchase orders: get. */
    public PurchaseOrderService purchaseOrders() {
        return (PurchaseOrderService) service(PURCHASE_ORDERS);
    }

    /** Teams and their members: list, create, get, update, delete; members list, add, get, update, remove. */
    public TeamService teams() {
        return (TeamService) service(TEAMS);
    }

    /** Fund accounts: list, get, bank statement. */
    public FundAccountService fundAccounts() {
        return (FundAccountService) service(FUND_ACCOUNTS);
    }

    /** Expense categories: list. */
    public ExpenseCategoryService expenseCategories() {
        return (ExpenseCategoryService) service(EXPENSE_CATEGORIES);
    }

    /** Users: list, invite, update, delete, reimbursement details. */
    public UserService users() {
        return (UserService) service(USERS);
    }

    /** Cards: list, issue, get, update, change status. */
    public CardService cards() {
        return (CardService) service(CARDS);
    }

    /** Custom fields (cost centres, projects...) and, through {@code values(id)}, their values and value managers. */
    public CustomFieldService customFields() {
        return (CustomFieldService) service(CUSTOM_FIELDS);
    }

    /** The chart of accounts: list, replace. */
    public AccountCodeService accountCodes() {
        return (AccountCodeService) service(ACCOUNT_CODES);
    }

    /** The tax rates: list, replace. */
    public TaxRateService taxRates() {
        return (TaxRateService) service(TAX_RATES);
    }

    /** Amortization records: list, replace. */
    public AmortizationService amortizations() {
        return (AmortizationService) service(AMORTIZATIONS);
    }

    /** External (ERP) teams: list, replace. */
    public ExternalTeamService externalTeams() {
        return (ExternalTeamService) service(EXTERNAL_TEAMS);
    }

    @Override
    public String toString() {
        return "AccountScope{" + accountId + '}';
    }
}
