package io.github.payhawk4j.operation;

import io.github.payhawk4j.model.expense.ExpenseCategory;
import io.github.payhawk4j.service.ExpenseCategoryService;
import io.github.payhawk4j.service.RawResponse;
import io.github.payhawk4j.service.RequestOptions;

import java.util.List;
import java.util.function.Consumer;

/** The blocking {@link ExpenseCategoryService}. */
public final class ExpenseCategoryServiceImpl implements ExpenseCategoryService {

    private final OperationRunner runner;
    private final ExpenseCategoryOperations operations;
    private final WithRawResponse raw = new Raw();

    /** The service of {@code accountId}, sending through {@code runner}. */
    public ExpenseCategoryServiceImpl(OperationRunner runner, String accountId) {
        this(runner, new ExpenseCategoryOperations(runner.transport(), accountId));
    }

    private ExpenseCategoryServiceImpl(OperationRunner runner, ExpenseCategoryOperations operations) {
        this.runner = runner;
        this.operations = operations;
    }

    @Override
    public ExpenseCategoryService withOptions(Consumer<RequestOptions.Builder> options) {
        return new ExpenseCategoryServiceImpl(runner.withOptions(options), operations);
    }

    @Override
    public WithRawResponse withRawResponse() {
        return raw;
    }

    @Override
    public List<ExpenseCategory> list() {
        return runner.value(operations.list());
    }

    @Override
    public String toString() {
        return "ExpenseCategoryService";
    }

    private final class Raw implements WithRawResponse {

        @Override
        public RawResponse<List<ExpenseCategory>> list() {
            return runner.raw(operations.list());
        }
    }
}
