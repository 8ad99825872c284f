package io.github.payhawk4j.operation;

import io.github.payhawk4j.http.ApiRequest;
import io.github.payhawk4j.http.ApiTransport;
import io.github.payhawk4j.http.ResponseReader;
import io.github.payhawk4j.model.expense.ExpenseCategory;

import java.util.List;

/** The expense category operations of one account. */
final class ExpenseCategoryOperations {

    private final String accountId;
    private final ResponseReader<List<ExpenseCategory>> categoryList;

    ExpenseCategoryOperations(ApiTransport transport, String accountId) {
        this.accountId = accountId;
        this.categoryList = transport.unpagedList(ExpenseCategory.class);
    }

    Operation<List<ExpenseCategory>> list() {
        return new Operation<>(ApiRequest.to("GET", "/accounts/{accountId}/expense-categories", accountId), categoryList);
    }
}
