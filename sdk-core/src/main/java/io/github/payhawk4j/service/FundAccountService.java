package io.github.payhawk4j.service;

import io.github.payhawk4j.model.fundaccount.BankStatement;
import io.github.payhawk4j.model.fundaccount.BankStatementLine;
import io.github.payhawk4j.model.fundaccount.FundAccount;
import io.github.payhawk4j.query.BankStatementQuery;

import java.util.List;
import java.util.function.Consumer;

/**
 * Fund accounts of one account: list, get and the bank statement, e.g. to reconcile payments.
 * {@code client.async().fundAccounts()} makes the same calls without blocking. Thread-safe.
 *
 * <p>An interface to call, not to implement: later versions add methods to it.
 */
public interface FundAccountService {

    /** This service with other settings for its calls (timeout, retries), layered over this view's. */
    FundAccountService withOptions(Consumer<RequestOptions.Builder> options);

    /** The same calls, each returning the {@link RawResponse}: status, headers and request id with the value. */
    WithRawResponse withRawResponse();

    /** The fund accounts of the account. */
    List<FundAccount> list();

    /** The fund account with {@code fundAccountId}. */
    FundAccount get(String fundAccountId);

    /** One page of the bank statement of fund account {@code fundAccountId}: the lines matching {@code query}. */
    BankStatement bankStatement(String fundAccountId, BankStatementQuery query);

    /**
     * Every bank statement line of fund account {@code fundAccountId} matching {@code query}, fetched lazily page by page as you
     * iterate or stream. The query's filter and order are sent with every page; its {@code take} is the page size
     * (default {@value BankStatementQuery#MAX_TAKE}) and its {@code skip} the first offset.
     */
    AutoPagingIterable<BankStatementLine> bankStatementAll(String fundAccountId, BankStatementQuery query);

    /** The calls of {@link FundAccountService}, each returning the response with its value. */
    interface WithRawResponse {

        /** {@link FundAccountService#list}, with the response. */
        RawResponse<List<FundAccount>> list();

        /** {@link FundAccountService#get}, with the response. */
        RawResponse<FundAccount> get(String fundAccountId);

        /** {@link FundAccountService#bankStatement}, with the response. */
        RawResponse<BankStatement> bankStatement(String fundAccountId, BankStatementQuery query);
    }
}
