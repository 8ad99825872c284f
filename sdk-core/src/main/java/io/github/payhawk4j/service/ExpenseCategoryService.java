package io.github.payhawk4j.service;

import io.github.payhawk4j.model.expense.ExpenseCategory;

import java.util.List;
import java.util.function.Consumer;

/**
 * Expense categories of one account, e.g. to map them to GL accounts in an ERP.
 * {@code client.async().expenseCategories()} makes the same calls without blocking. Thread-safe.
 *
 * <p>An interface to call, not to implement: later versions add methods to it.
 */
public interface ExpenseCategoryService {

    /** This service with other settings for its calls (timeout, retries), layered over this view's. */
    ExpenseCategoryService withOptions(Consumer<RequestOptions.Builder> options);

    /** The same calls, each returning the {@link RawResponse}: status, headers and request id with the value. */
    WithRawResponse withRawResponse();

    /** Every expense category of the account, with its parent and full name. */
    List<ExpenseCategory> list();

    /** The calls of {@link ExpenseCategoryService}, each returning the response with its value. */
    interface WithRawResponse {

        /** {@link ExpenseCategoryService#list}, with the response. */
        RawResponse<List<ExpenseCategory>> list();
    }
}
