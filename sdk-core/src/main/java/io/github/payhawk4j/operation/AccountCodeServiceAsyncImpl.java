package io.github.payhawk4j.operation;

import io.github.payhawk4j.model.masterdata.AccountCode;
import io.github.payhawk4j.model.masterdata.NewAccountCode;
import io.github.payhawk4j.service.RawResponse;
import io.github.payhawk4j.service.RequestOptions;
import io.github.payhawk4j.service.async.AccountCodeServiceAsync;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/** The {@link AccountCodeServiceAsync}: the same operations as the blocking service, sent without blocking. */
public final class AccountCodeServiceAsyncImpl implements AccountCodeServiceAsync {

    private final OperationRunner runner;
    private final MasterDataListOperations<NewAccountCode, AccountCode> operations;
    private final WithRawResponse raw = new Raw();

    /** The service of {@code accountId}, sending through {@code runner}. */
    public AccountCodeServiceAsyncImpl(OperationRunner runner, String accountId) {
        this(runner, new MasterDataListOperations<>(runner.transport(), accountId, "/accounts/{accountId}/account-codes", AccountCode.class));
    }

    private AccountCodeServiceAsyncImpl(OperationRunner runner, MasterDataListOperations<NewAccountCode, AccountCode> operations) {
        this.runner = runner;
        this.operations = operations;
    }

    @Override
    public AccountCodeServiceAsync withOptions(Consumer<RequestOptions.Builder> options) {
        return new AccountCodeServiceAsyncImpl(runner.withOptions(options), operations);
    }

    @Override
    public WithRawResponse withRawResponse() {
        return raw;
    }

    @Override
    public CompletableFuture<List<AccountCode>> list() {
        return runner.valueAsync(() -> operations.list());
    }

    @Override
    public CompletableFuture<List<AccountCode>> replace(List<NewAccountCode> items) {
        return runner.valueAsync(() -> operations.replace(items));
    }

    @Override
    public String toString() {
        return "AccountCodeServiceAsync";
    }

    private final class Raw implements WithRawResponse {

        @Override
        public CompletableFuture<RawResponse<List<AccountCode>>> list() {
            return runner.rawAsync(() -> operations.list());
        }

        @Override
        public CompletableFuture<RawResponse<List<AccountCode>>> replace(List<NewAccountCode> items) {
            return runner.rawAsync(() -> operations.replace(items));
        }
    }
}
