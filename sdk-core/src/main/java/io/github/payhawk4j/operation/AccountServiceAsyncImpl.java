package io.github.payhawk4j.operation;

import io.github.payhawk4j.model.account.Account;
import io.github.payhawk4j.service.RawResponse;
import io.github.payhawk4j.service.RequestOptions;
import io.github.payhawk4j.service.async.AccountServiceAsync;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/** The {@link AccountServiceAsync}: the same operations as the blocking service, sent without blocking. */
public final class AccountServiceAsyncImpl implements AccountServiceAsync {

    private final OperationRunner runner;
    private final AccountOperations operations;
    private final WithRawResponse raw = new Raw();

    /** The service, sending through {@code runner}. */
    public AccountServiceAsyncImpl(OperationRunner runner) {
        this(runner, new AccountOperations(runner.transport()));
    }

    private AccountServiceAsyncImpl(OperationRunner runner, AccountOperations operations) {
        this.runner = runner;
        this.operations = operations;
    }

    @Override
    public AccountServiceAsync withOptions(Consumer<RequestOptions.Builder> options) {
        return new AccountServiceAsyncImpl(runner.withOptions(options), operations);
    }

    @Override
    public WithRawResponse withRawResponse() {
        return raw;
    }

    @Override
    public CompletableFuture<List<Account>> list() {
        return runner.valueAsync(() -> operations.list());
    }

    @Override
    public CompletableFuture<Account> get(String accountId) {
        return runner.valueAsync(() -> operations.get(accountId));
    }

    @Override
    public String toString() {
        return "AccountServiceAsync";
    }

    private final class Raw implements WithRawResponse {

        @Override
        public CompletableFuture<RawResponse<List<Account>>> list() {
            return runner.rawAsync(() -> operations.list());
        }

        @Override
        public CompletableFuture<RawResponse<Account>> get(String accountId) {
            return runner.rawAsync(() -> operations.get(accountId));
        }
    }
}
