package io.github.payhawk4j.service;

import io.github.payhawk4j.model.Page;
import io.github.payhawk4j.model.deposit.Deposit;
import io.github.payhawk4j.query.DepositQuery;

import java.util.function.Consumer;

/**
 * Deposits into the fund accounts of one account: list and get, e.g. after a {@code deposit.received} event.
 * {@code client.async().deposits()} makes the same calls without blocking. Thread-safe.
 *
 * <p>An interface to call, not to implement: later versions add methods to it.
 */
public interface DepositService {

    /** This service with other settings for its calls (timeout, retries), layered over this view's. */
    DepositService withOptions(Consumer<RequestOptions.Builder> options);

    /** The same calls, each returning the {@link RawResponse}: status, headers and request id with the value. */
    WithRawResponse withRawResponse();

    /** The deposit {@code depositId} into fund account {@code fundAccountId}. */
    Deposit get(String fundAccountId, String depositId);

    /** One page of the deposits into fund account {@code fundAccountId} matching {@code query}. */
    Page<Deposit> list(String fundAccountId, DepositQuery query);

    /**
     * Every deposit into fund account {@code fundAccountId} matching {@code query}, fetched lazily page by page as you
     * iterate or stream. The query's filter is sent with every page; its {@code take} is the page size
     * (default {@value DepositQuery#MAX_TAKE}) and its {@code skip} the first offset.
     */
    AutoPagingIterable<Deposit> listAll(String fundAccountId, DepositQuery query);

    /** The calls of {@link DepositService}, each returning the response with its value. */
    interface WithRawResponse {

        /** {@link DepositService#get}, with the response. */
        RawResponse<Deposit> get(String fundAccountId, String depositId);

        /** {@link DepositService#list}, with the response. */
        RawResponse<Page<Deposit>> list(String fundAccountId, DepositQuery query);
    }
}
