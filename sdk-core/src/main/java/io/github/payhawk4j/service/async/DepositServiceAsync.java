package io.github.payhawk4j.service.async;

import io.github.payhawk4j.model.Page;
import io.github.payhawk4j.model.deposit.Deposit;
import io.github.payhawk4j.query.DepositQuery;
import io.github.payhawk4j.service.RawResponse;
import io.github.payhawk4j.service.RequestOptions;

import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The calls of {@link io.github.payhawk4j.service.DepositService}, without blocking: each future completes
 * with the same value or fails with the same {@code PayhawkException}. Get it from
 * {@code client.async().deposits()}. Thread-safe.
 *
 * <p>An interface to call, not to implement: later versions add methods to it.
 */
public interface DepositServiceAsync {

    /** This service with other settings for its calls (timeout, retries), layered over this view's. */
    DepositServiceAsync withOptions(Consumer<RequestOptions.Builder> options);

    /** The same calls, each returning the {@link RawResponse}: status, headers and request id with the value. */
    WithRawResponse withRawResponse();

    /** The deposit {@code depositId} into fund account {@code fundAccountId}. */
    CompletableFuture<Deposit> get(String fundAccountId, String depositId);

    /** One page of the deposits into fund account {@code fundAccountId} matching {@code query}. */
    CompletableFuture<Page<Deposit>> list(String fundAccountId, DepositQuery query);

    /**
     * The first page of every deposit into fund account {@code fundAccountId} matching {@code query}, from which {@link AsyncPage#nextPage()} and
     * {@link AsyncPage#forEach} reach the rest, one page at a time and without a thread waiting for each.
     */
    CompletableFuture<AsyncPage<Deposit>> listAll(String fundAccountId, DepositQuery query);

    /** The calls of {@link DepositServiceAsync}, each returning the response with its value. */
    interface WithRawResponse {

        /** {@link DepositServiceAsync#get}, with the response. */
        CompletableFuture<RawResponse<Deposit>> get(String fundAccountId, String depositId);

        /** {@link DepositServiceAsync#list}, with the response. */
        CompletableFuture<RawResponse<Page<Deposit>>> list(String fundAccountId, DepositQuery query);
    }
}
