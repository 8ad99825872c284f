package io.github.payhawk4j.sandbox;

import io.github.payhawk4j.client.PayhawkClient;
import io.github.payhawk4j.error.AuthenticationException;
import io.github.payhawk4j.error.NotFoundException;
import io.github.payhawk4j.error.PermissionException;
import io.github.payhawk4j.error.RateLimitedException;
import io.github.payhawk4j.model.FundAccountType;
import io.github.payhawk4j.model.Page;
import io.github.payhawk4j.model.account.Account;
import io.github.payhawk4j.model.deposit.Deposit;
import io.github.payhawk4j.model.expense.ExpenseCategory;
import io.github.payhawk4j.model.fundaccount.BankStatement;
import io.github.payhawk4j.model.fundaccount.BankStatementLine;
import io.github.payhawk4j.model.fundaccount.BankStatementLineType;
import io.github.payhawk4j.model.fundaccount.FundAccount;
import io.github.payhawk4j.model.fundaccount.FundAccountStatus;
import io.github.payhawk4j.query.BankStatementOrder;
import io.github.payhawk4j.query.BankStatementQuery;
import io.github.payhawk4j.query.DepositQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import static io.github.payhawk4j.sandbox.SandboxApi.encode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Accounts, fund accounts with their deposits and bank statement, and expense categories: the SDK against the sandbox. */
class AccountsAndFundsAgainstSandboxTest {

    private static final Instant DAY_ONE = Instant.parse("2026-06-01T09:00:00Z");

    private final SteppingClock clock = new SteppingClock(DAY_ONE);
    private PayhawkSandbox sandbox;
    private PayhawkClient client;

    @BeforeEach
    void start() {
        sandbox = TestSigner.quickSandbox()
                .clock(clock)
                .additionalAccount("globex")
                .restrictedApiKey("globex-only", "globex")
                .start();
        client = clientWithKey(sandbox.apiKey()).build();
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private PayhawkClient.Builder clientWithKey(String key) {
        return PayhawkClient.builder().apiKey(key).accountId(sandbox.accountId()).baseUrl(sandbox.baseUrl());
    }

    @Test
    void accountsAreThoseTheKeyReaches() {
        List<Account> all = client.accounts().list();
        assertThat(all).extracting(Account::id).containsExactlyInAnyOrder(sandbox.accountId(), "globex");
        Account own = client.accounts().get(sandbox.accountId());
        assertThat(own.baseCurrency()).isEqualTo(sandbox.account().baseCurrency());
        assertThat(own.name()).isNotBlank();
        assertThat(own.uic()).isNotBlank();
        assertThat(all).contains(own);

        PayhawkClient globexOnly = clientWithKey("globex-only").build();
        assertThat(globexOnly.accounts().list()).extracting(Account::id).containsExactly("globex");
        assertThatThrownBy(() -> globexOnly.accounts().get(sandbox.accountId())).isInstanceOf(PermissionException.class);
        assertThatThrownBy(() -> client.accounts().get("initech")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> clientWithKey("wrong-key").build().accounts().list())
                .isInstanceOf(AuthenticationException.class);
    }

    @Test
    void fundAccountsAreListedAndFetched() {
        String fa = sandbox.account().defaultFundAccountId();

        List<FundAccount> accounts = client.fundAccounts().list();

        FundAccount expected = FundAccount.builder().id(fa).currency(sandbox.account().baseCurrency())
                .type(FundAccountType.DEBIT).status(FundAccountStatus.ACTIVE).build();
        assertThat(accounts).containsExactly(expected);
        assertThat(client.async().fundAccounts().get(fa).join()).isEqualTo(expected);
        assertThatThrownBy(() -> client.fundAccounts().get("fa_nope")).isInstanceOf(NotFoundException.class)
                .hasMessageContaining("fa_nope");
    }

    @Test
    void theBankStatementHoldsSettledPaymentsAndDepositsFilteredOrderedAndPaged() {
        SandboxAccount account = sandbox.account();
        String fa = account.defaultFundAccountId();
        String expense = account.createCardExpense(CardPurchase.of("Delta Air Lines", new BigDecimal("1234.10"), "EUR"));
        String unsettled = account.createCardExpense(CardPurchase.of("Hilton", new BigDecimal("99.00"), "EUR"));
        clock.advance(Duration.ofDays(1));
        String payment = account.settlePayment(expense);
        clock.advance(Duration.ofDays(1));
        String deposit = account.receiveDeposit(fa, new BigDecimal("5000.00"), "EUR");

        BankStatement statement = client.fundAccounts().bankStatement(fa, BankStatementQuery.all());

        assertThat(statement.total()).isEqualTo(2);
        BankStatementLine debit = statement.lines().get(0);
        assertThat(debit.type()).isEqualTo(BankStatementLineType.DEBIT);
        assertThat(debit.paymentId()).isEqualTo(payment);
        assertThat(debit.amount().toPlainString()).isEqualTo("1234.10");
        assertThat(debit.expenseIds()).containsExactly(expense).doesNotContain(unsettled);
        assertThat(debit.date()).isEqualTo(DAY_ONE.plus(Duration.ofDays(1)));
        assertThat(statement.lines().get(1).type()).isEqualTo(BankStatementLineType.CREDIT);
        assertThat(statement.lines().get(1).paymentId()).isEqualTo(deposit);
        assertThat(statement.lines().get(1).amount().toPlainString()).isEqualTo("5000.00");

        assertThat(client.fundAccounts().bankStatement(fa, BankStatementQuery.builder().orderBy(BankStatementOrder.DATE_DESC).build())
                .lines()).extracting(BankStatementLine::paymentId).containsExactly(deposit, payment);
        assertThat(client.fundAccounts().bankStatement(fa, BankStatementQuery.builder()
                .dateFrom(DAY_ONE.plus(Duration.ofDays(2))).build()).lines())
                .extracting(BankStatementLine::paymentId).containsExactly(deposit);
        assertThat(client.fundAccounts().bankStatement(fa, BankStatementQuery.builder()
                .dateTo(DAY_ONE.plus(Duration.ofDays(1))).build()).lines())
                .extracting(BankStatementLine::paymentId).containsExactly(payment);
        Page<Deposit> none = client.deposits().list(fa, DepositQuery.builder().dateTo(DAY_ONE).build());
        assertThat(none.items()).isEmpty();

        List<String> paged = new ArrayList<>();
        client.fundAccounts().bankStatementAll(fa, BankStatementQuery.builder().take(1).build())
                .forEach(line -> paged.add(line.paymentId()));
        assertThat(paged).containsExactly(payment, deposit);
        assertThatThrownBy(() -> client.fundAccounts().bankStatement("fa_nope", BankStatementQuery.all()))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void depositsAreListedByDateAndPaged() {
        String fa = sandbox.account().defaultFundAccountId();
        String first = sandbox.account().receiveDeposit(fa, new BigDecimal("100.00"), "EUR");
        clock.advance(Duration.ofDays(3));
        String second = sandbox.account().receiveDeposit(fa, new BigDecimal("200.50"), "EUR");
        sandbox.account().receiveDeposit("fa_other", new BigDecimal("1.00"), "EUR");

        Page<Deposit> all = client.deposits().list(fa, DepositQuery.all());
        assertThat(all.items()).extracting(Deposit::id).containsExactly(first, second);
        assertThat(all.items().get(1).amount().toPlainString()).isEqualTo("200.50");
        assertThat(client.deposits().list(fa, DepositQuery.builder().date(DAY_ONE.plus(Duration.ofDays(3))).build()).items())
                .extracting(Deposit::id).containsExactly(second);
        assertThat(client.deposits().list(fa, DepositQuery.builder().dateTo(DAY_ONE).build()).items())
                .extracting(Deposit::id).containsExactly(first);
        assertThat(client.deposits().listAll(fa, DepositQuery.builder().take(1).build()).stream().map(Deposit::id))
                .containsExactly(first, second);
        assertThat(client.async().deposits().list(fa, DepositQuery.builder().skip(1).take(1).build()).join().items())
                .extracting(Deposit::id).containsExactly(second);
    }

    @Test
    void expenseCategoriesAreListed() {
        List<ExpenseCategory> categories = client.expenseCategories().list();

        assertThat(categories).extracting(ExpenseCategory::fullName).contains("Travel", "Travel / Taxis");
        assertThat(categories).filteredOn(category -> "Taxis".equals(category.name()))
                .singleElement().satisfies(taxis -> assertThat(taxis.parentId()).isEqualTo("cat_travel"));
        assertThat(categories).allSatisfy(category -> assertThat(category.createdAt()).isEqualTo(DAY_ONE));
    }

    @Test
    void malformedQueriesAre400() {
        SandboxApi api = new SandboxApi(sandbox);
        String statement = "/api/v3/accounts/" + sandbox.accountId() + "/fund-accounts/"
                + sandbox.account().defaultFundAccountId() + "/bank-statement";
        assertThat(api.get(statement + "?$take=0").status()).isEqualTo(400);
        assertThat(api.get(statement + "?$orderBy=" + encode("[{\"date\":\"sideways\"}]")).status()).isEqualTo(400);
        assertThat(api.get(statement + "?$filter=" + encode("{\"date\":{\"$around\":\"2026-06-01\"}}")).status()).isEqualTo(400);
        assertThat(api.get(statement + "?$filter=" + encode("{\"date\":{\"$greaterThanEqual\":\"2026-06-01T00:00:00.000Z\"}}"))
                .status()).isEqualTo(200);
    }

    @Test
    void theRateLimitAppliesToTheseEndpointsToo() {
        AtomicLong frozen = new AtomicLong();
        try (PayhawkSandbox limited = TestSigner.quickSandbox().rateLimit(15, Duration.ofSeconds(1))
                .rateLimitTicker(frozen::get).start()) {
            PayhawkClient impatient = PayhawkClient.builder().apiKey(limited.apiKey()).accountId(limited.accountId())
                    .baseUrl(limited.baseUrl()).disableRateLimit().maxRetries(0).build();
            for (int i = 0; i < 5; i++) {
                impatient.accounts().list();
                impatient.fundAccounts().list();
                impatient.expenseCategories().list();
            }
            assertThatThrownBy(() -> impatient.fundAccounts().bankStatement(limited.account().defaultFundAccountId(),
                    BankStatementQuery.all()))
                    .isInstanceOfSatisfying(RateLimitedException.class,
                            e -> assertThat(e.retryAfter()).hasValueSatisfying(wait -> assertThat(wait).isPositive()));
        }
    }

    /** A clock the test moves on explicitly. */
    private static final class SteppingClock extends Clock {
        private final AtomicReference<Instant> now;

        SteppingClock(Instant start) {
            this.now = new AtomicReference<>(start);
        }

        void advance(Duration step) {
            now.updateAndGet(instant -> instant.plus(step));
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    }
}
