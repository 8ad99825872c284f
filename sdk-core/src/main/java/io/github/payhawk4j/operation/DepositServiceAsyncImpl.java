package io.github.payhawk4j.operation;

import io.github.payhawk4j.model.Page;
import io.github.payhawk4j.model.deposit.Deposit;
import io.github.payhawk4j.query.DepositQuery;
import io.github.payhawk4j.service.RawResponse;
import io.github.payhawk4j.service.RequestOptions;
import io.github.payhawk4j.service.async.AsyncPage;
import io.github.payhawk4j.service.async.DepositServiceAsync;

import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/** The {@link DepositServiceAsync}: the same operations as the blocking service, sent without blocking. */
public final class DepositServiceAsyncImpl implements DepositServiceAsync {

    private final OperationRunner runner;
    private final DepositOperations operations;
    private final WithRawResponse raw = new Raw();

    /** The service of {@code accountId}, sending through {@code runner}. */
    public DepositServiceAsyncImpl(OperationRunner runner, String accountId) {
        this(runner, new DepositOperations(runner.transport(), accountId));
    }

    private DepositServiceAsyncImpl(OperationRunner runner, DepositOperations operations) {
        this.runner = runner;
        this.operations = operations;
    }

    @Override
    public DepositServiceAsync withOptions(Consumer<RequestOptions.Builder> options) {
        return new DepositServiceAsyncImpl(runner.withOptions(options), operations);
    }

    @Override
    public WithRawResponse withRawResponse() {
        return raw;
    }

    @Override
    public CompletableFuture<Deposit> get(String fundAccountId, String depositId) {
        return runner.valueAsync(() -> operations.get(fundAccountId, depositId));
    }

    @Override
    public CompletableFuture<Page<Deposit>> list(String fundAccountId, DepositQuery query) {
        return runner.valueAsync(() -> operations.list(fundAccountId, query));
    }

    @Override
    public CompletableFuture<AsyncPage<Deposit>> listAll(String fundAccountId, DepositQuery query) {
        DepositQuery pageQuery;
        try {
            pageQuery = DepositOperations.pageQuery(query);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        return AsyncPage.first(DepositOperations.firstSkip(query), skip -> list(fundAccountId, pageQuery.withSkip(skip)));
    }

    @Override
    public String toString() {
        return "DepositServiceAsync";
    }

    private final class Raw implements WithRawResponse {

        @Override
        public CompletableFuture<RawResponse<Deposit>> get(String fundAccountId, String depositId) {
            return runner.rawAsync(() -> operations.get(fundAccountId, depositId));
        }

        @Override
        public CompletableFuture<RawResponse<Page<Deposit>>> list(String fundAccountId, DepositQuery query) {
            return runner.rawAsync(() -> operations.list(fundAccountId, query));
        }
    }
}
