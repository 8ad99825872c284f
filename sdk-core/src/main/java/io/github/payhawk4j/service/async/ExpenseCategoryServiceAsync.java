package io.github.payhawk4j.service.async;

import io.github.payhawk4j.model.expense.ExpenseCategory;
import io.github.payhawk4j.service.RawResponse;
import io.github.payhawk4j.service.RequestOptions;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The calls of {@link io.github.payhawk4j.service.ExpenseCategoryService}, without blocking: each future completes
 * with the same value or fails with the same {@code PayhawkException}. Get it from
 * {@code client.async().expenseCategories()}. Thread-safe.
 *
 * <p>An interface to call, not to implement: later versions add methods to it.
 */
public interface ExpenseCategoryServiceAsync {

    /** This service with other settings for its calls (timeout, retries), layered over this view's. */
    ExpenseCategoryServiceAsync withOptions(Consumer<RequestOptions.Builder> options);

    /** The same calls, each returning the {@link RawResponse}: status, headers and request id with the value. */
    WithRawResponse withRawResponse();

    /** Every expense category of the account, with its parent and full name. */
    CompletableFuture<List<ExpenseCategory>> list();

    /** The calls of {@link ExpenseCategoryServiceAsync}, each returning the response with its value. */
    interface WithRawResponse {

        /** {@link ExpenseCategoryServiceAsync#list}, with the response. */
        CompletableFuture<RawResponse<List<ExpenseCategory>>> list();
    }
}
