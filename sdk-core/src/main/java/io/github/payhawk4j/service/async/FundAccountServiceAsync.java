package io.github.payhawk4j.service.async;

import io.github.payhawk4j.model.fundaccount.BankStatement;
import io.github.payhawk4j.model.fundaccount.BankStatementLine;
import io.github.payhawk4j.model.fundaccount.FundAccount;
import io.github.payhawk4j.query.BankStatementQuery;
import io.github.payhawk4j.service.RawResponse;
import io.github.payhawk4j.service.RequestOptions;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The calls of {@link io.github.payhawk4j.service.FundAccountService}, without blocking: each future completes
 * with the same value or fails with the same {@code PayhawkException}. Get it from
 * {@code client.async().fundAccounts()}. Thread-safe.
 *
 * <p>An interface to call, not to implement: later versions add methods to it.
 */
public interface FundAccountServiceAsync {

    /** This service with other settings for its calls (timeout, retries), layered over this view's. */
    FundAccountServiceAsync withOptions(Consumer<RequestOptions.Builder> options);

    /** The same calls, each returning the {@link RawResponse}: status, headers and request id with the value. */
    WithRawResponse withRawResponse();

    /** The fund accounts of the account. */
    CompletableFuture<List<FundAccount>> list();

    /** The fund account with {@code fundAccountId}. */
    CompletableFuture<FundAccount> get(String fundAccountId);

    /** One page of the bank statement of fund account {@code fundAccountId}: the lines matching {@code query}. */
    CompletableFuture<BankStatement> bankStatement(String fundAccountId, BankStatementQuery query);

    /**
     * The first page of every bank statement line of fund account {@code fundAccountId} matching {@code query}, from which {@link AsyncPage#nextPage()} and
     * {@link AsyncPage#forEach} reach the rest, one page at a time and without a thread waiting for each.
     */
    CompletableFuture<AsyncPage<BankStatementLine>> bankStatementAll(String fundAccountId, BankStatementQuery query);

    /** The calls of {@link FundAccountServiceAsync}, each returning the response with its value. */
    interface WithRawResponse {

        /** {@link FundAccountServiceAsync#list}, with the response. */
        CompletableFuture<RawResponse<List<FundAccount>>> list();

        /** {@link FundAccountServiceAsync#get}, with the response. */
        CompletableFuture<RawResponse<FundAccount>> get(String fundAccountId);

        /** {@link FundAccountServiceAsync#bankStatement}, with the response. */
        CompletableFuture<RawResponse<BankStatement>> bankStatement(String fundAccountId, BankStatementQuery query);
    }
}
