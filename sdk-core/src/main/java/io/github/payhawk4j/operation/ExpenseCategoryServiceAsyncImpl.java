package io.github.payhawk4j.operation;

import io.github.payhawk4j.model.expense.ExpenseCategory;
import io.github.payhawk4j.service.RawResponse;
import io.github.payhawk4j.service.RequestOptions;
import io.github.payhawk4j.service.async.ExpenseCategoryServiceAsync;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/** The {@link ExpenseCategoryServiceAsync}: the same operations as the blocking service, sent without blocking. */
public final class ExpenseCategoryServiceAsyncImpl implements ExpenseCategoryServiceAsync {

    private final OperationRunner runner;
    private final ExpenseCategoryOperations operations;
    private final WithRawResponse raw = new Raw();

    /** The service of {@code accountId}, sending through {@code runner}. */
    public ExpenseCategoryServiceAsyncImpl(OperationRunner runner, String accountId) {
        this(runner, new ExpenseCategoryOperations(runner.transport(), accountId));
    }

    private ExpenseCategoryServiceAsyncImpl(OperationRunner runner, ExpenseCategoryOperations operations) {
        this.runner = runner;
        this.operations = operations;
    }

    @Override
    public ExpenseCategoryServiceAsync withOptions(Consumer<RequestOptions.Builder> options) {
        return new ExpenseCategoryServiceAsyncImpl(runner.withOptions(options), operations);
    }

    @Override
    public WithRawResponse withRawResponse() {
        return raw;
    }

    @Override
    public CompletableFuture<List<ExpenseCategory>> list() {
        return runner.valueAsync(() -> operations.list());
    }

    @Override
    public String toString() {
        return "ExpenseCategoryServiceAsync";
    }

    private final class Raw implements WithRawResponse {

        @Override
        public CompletableFuture<RawResponse<List<ExpenseCategory>>> list() {
            return runner.rawAsync(() -> operations.list());
        }
    }
}
