package io.github.payhawk4j.operation;

import io.github.payhawk4j.model.fundaccount.BankStatement;
import io.github.payhawk4j.model.fundaccount.BankStatementLine;
import io.github.payhawk4j.model.fundaccount.FundAccount;
import io.github.payhawk4j.query.BankStatementQuery;
import io.github.payhawk4j.service.RawResponse;
import io.github.payhawk4j.service.RequestOptions;
import io.github.payhawk4j.service.async.AsyncPage;
import io.github.payhawk4j.service.async.FundAccountServiceAsync;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/** The {@link FundAccountServiceAsync}: the same operations as the blocking service, sent without blocking. */
public final class FundAccountServiceAsyncImpl implements FundAccountServiceAsync {

    private final OperationRunner runner;
    private final FundAccountOperations operations;
    private final WithRawResponse raw = new Raw();

    /** The service of {@code accountId}, sending through {@code runner}. */
    public FundAccountServiceAsyncImpl(OperationRunner runner, String accountId) {
        this(runner, new FundAccountOperations(runner.transport(), accountId));
    }

    private FundAccountServiceAsyncImpl(OperationRunner runner, FundAccountOperations operations) {
        this.runner = runner;
        this.operations = operations;
    }

    @Override
    public FundAccountServiceAsync withOptions(Consumer<RequestOptions.Builder> options) {
        return new FundAccountServiceAsyncImpl(runner.withOptions(options), operations);
    }

    @Override
    public WithRawResponse withRawResponse() {
        return raw;
    }

    @Override
    public CompletableFuture<List<FundAccount>> list() {
        return runner.valueAsync(() -> operations.list());
    }

    @Override
    public CompletableFuture<FundAccount> get(String fundAccountId) {
        return runner.valueAsync(() -> operations.get(fundAccountId));
    }

    @Override
    public CompletableFuture<BankStatement> bankStatement(String fundAccountId, BankStatementQuery query) {
        return runner.valueAsync(() -> operations.bankStatement(fundAccountId, query));
    }

    @Override
    public CompletableFuture<AsyncPage<BankStatementLine>> bankStatementAll(String fundAccountId, BankStatementQuery query) {
        BankStatementQuery pageQuery;
        try {
            pageQuery = FundAccountOperations.pageQuery(query);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        return AsyncPage.first(FundAccountOperations.firstSkip(query), skip -> bankStatement(fundAccountId, pageQuery.withSkip(skip)).thenApply(FundAccountOperations::toPage));
    }

    @Override
    public String toString() {
        return "FundAccountServiceAsync";
    }

    private final class Raw implements WithRawResponse {

        @Override
        public CompletableFuture<RawResponse<List<FundAccount>>> list() {
            return runner.rawAsync(() -> operations.list());
        }

        @Override
        public CompletableFuture<RawResponse<FundAccount>> get(String fundAccountId) {
            return runner.rawAsync(() -> operations.get(fundAccountId));
        }

        @Override
        public CompletableFuture<RawResponse<BankStatement>> bankStatement(String fundAccountId, BankStatementQuery query) {
            return runner.rawAsync(() -> operations.bankStatement(fundAccountId, query));
        }
    }
}
