package io.github.payhawk4j.operation;

import io.github.payhawk4j.model.account.Account;
import io.github.payhawk4j.service.AccountService;
import io.github.payhawk4j.service.RawResponse;
import io.github.payhawk4j.service.RequestOptions;

import java.util.List;
import java.util.function.Consumer;

/** The blocking {@link AccountService}. */
public final class AccountServiceImpl implements AccountService {

    private final OperationRunner runner;
    private final AccountOperations operations;
    private final WithRawResponse raw = new Raw();

    /** The service, sending through {@code runner}. */
    public AccountServiceImpl(OperationRunner runner) {
        this(runner, new AccountOperations(runner.transport()));
    }

    private AccountServiceImpl(OperationRunner runner, AccountOperations operations) {
        this.runner = runner;
        this.operations = operations;
    }

    @Override
    public AccountService withOptions(Consumer<RequestOptions.Builder> options) {
        return new AccountServiceImpl(runner.withOptions(options), operations);
    }

    @Override
    public WithRawResponse withRawResponse() {
        return raw;
    }

    @Override
    public List<Account> list() {
        return runner.value(operations.list());
    }

    @Override
    public Account get(String accountId) {
        return runner.value(operations.get(accountId));
    }

    @Override
    public String toString() {
        return "AccountService";
    }

    private final class Raw implements WithRawResponse {

        @Override
        public RawResponse<List<Account>> list() {
            return runner.raw(operations.list());
        }

        @Override
        public RawResponse<Account> get(String accountId) {
            return runner.raw(operations.get(accountId));
        }
    }
}
