package io.github.payhawk4j.client;

import io.github.payhawk4j.operation.AccountServiceAsyncImpl;
import io.github.payhawk4j.operation.OperationRunner;
import io.github.payhawk4j.operation.SystemServiceAsyncImpl;
import io.github.payhawk4j.service.async.AccountServiceAsync;
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
import io.github.payhawk4j.service.async.SystemServiceAsync;
import io.github.payhawk4j.service.async.TeamServiceAsync;
import io.github.payhawk4j.service.async.WebhookSubscriptionServiceAsync;

import java.util.concurrent.atomic.AtomicReference;

/**
 * A {@link PayhawkClient} whose services do not block: {@code client.async().expenses().get(id)} returns a
 * {@code CompletableFuture<Expense>}. The same calls, retries, rate limiter and exceptions as the blocking
 * services (a failed call fails its future with the {@code PayhawkException}); get it from
 * {@link PayhawkClient#async()}. Immutable and thread-safe.
 */
public final class PayhawkClientAsync {

    private final PayhawkClient sync;
    private final OperationRunner runner;
    private final AccountScopeAsync defaultAccount;
    private final AtomicReference<SystemServiceAsync> system = new AtomicReference<>();
    private final AtomicReference<AccountServiceAsync> accounts = new AtomicReference<>();

    PayhawkClientAsync(PayhawkClient sync, OperationRunner runner, String defaultAccountId) {
        this.sync = sync;
        this.runner = runner;
        this.defaultAccount = defaultAccountId == null ? null : new AccountScopeAsync(runner, defaultAccountId);
    }

    /** The blocking client this view belongs to. */
    public PayhawkClient sync() {
        return sync;
    }

    /** The async services of another account reachable with the same key. */
    public AccountScopeAsync account(String accountId) {
        return new AccountScopeAsync(runner, accountId);
    }

    /** Expenses of the default account. */
    public ExpenseServiceAsync expenses() {
        return defaultAccount().expenses();
    }

    /** Webhook subscriptions of the default account. */
    public WebhookSubscriptionServiceAsync webhooks() {
        return defaultAccount().webhooks();
    }

    /** Suppliers of the default account. */
    public SupplierServiceAsync suppliers() {
        return defaultAccount().suppliers();
    }

    /** Fund account deposits of the default account. */
    public DepositServiceAsync deposits() {
        return defaultAccount().deposits();
    }

    /** Purchase orders of the default account. */
    public PurchaseOrderServiceAsync purchaseOrders() {
        return defaultAccount().purchaseOrders();
    }

    /** Teams of the default account and their members. */
    public TeamServiceAsync teams() {
        return defaultAccount().teams();
    }

    /** The async services of a group of accounts reachable with the same key, such as its teams. */
    public GroupScopeAsync group(String groupId) {
        return new GroupScopeAsync(runner, groupId);
    }

    /** Fund accounts of the default account. */
    public FundAccountServiceAsync fundAccounts() {
        return defaultAccount().fundAccounts();
    }

    /** Expense categories of the default account. */
    public ExpenseCategoryServiceAsync expenseCategories() {
        return defaultAccount().expenseCategories();
    }

    /** The accounts the API key can reach: list, get. */
    public AccountServiceAsync accounts() {
        return PayhawkClient.once(accounts, () -> new AccountServiceAsyncImpl(runner));
    }

    /** Users of the default account. */
    public UserServiceAsync users() {
        return defaultAccount().users();
    }

    /** Cards of the default account. */
    public CardServiceAsync cards() {
        return defaultAccount().cards();
    }

    /** Custom fields of the default account (cost centres, projects...); their values through {@code values(id)}. */
    public CustomFieldServiceAsync customFields() {
        return defaultAccount().customFields();
    }

    /** Account codes (the chart of accounts) of the default account: list, replace. */
    public AccountCodeServiceAsync accountCodes() {
        return defaultAccount().accountCodes();
    }

    /** Tax rates of the default account: list, replace. */
    public TaxRateServiceAsync taxRates() {
        return defaultAccount().taxRates();
    }

    /** Amortization records of the default account: list, replace. */
    public AmortizationServiceAsync amortizations() {
        return defaultAccount().amortizations();
    }

    /** External (ERP) teams of the default account: list, replace. */
    public ExternalTeamServiceAsync externalTeams() {
        return defaultAccount().externalTeams();
    }

    /** Account-independent calls, such as the webhook signing key. */
    public SystemServiceAsync system() {
        return PayhawkClient.once(system, () -> new SystemServiceAsyncImpl(runner));
    }

    /**
     * The async services of the default account set with {@link PayhawkClient.Builder#accountId}.
     *
     * @throws IllegalStateException if the client has no default account
     */
    public AccountScopeAsync defaultAccount() {
        if (defaultAccount == null) {
            throw new IllegalStateException("no default account: set PayhawkClient.builder().accountId(...) or use "
                    + "client.async().account(id)");
        }
        return defaultAccount;
    }

    /** Shows the base URL and default account; never the API key. */
    @Override
    public String toString() {
        return "PayhawkClientAsync{" + sync + '}';
    }
}
