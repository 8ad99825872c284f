package io.github.payhawk4j.service;

import io.github.payhawk4j.model.account.Account;

import java.util.List;
import java.util.function.Consumer;

/**
 * Payhawk accounts the API key can reach: list and get. Get it from {@code client.accounts()};
 * {@code client.async().accounts()} makes the same calls without blocking. Thread-safe.
 *
 * <p>An interface to call, not to implement: later versions add methods to it.
 */
public interface AccountService {

    /** This service with other settings for its calls (timeout, retries), layered over this view's. */
    AccountService withOptions(Consumer<RequestOptions.Builder> options);

    /** The same calls, each returning the {@link RawResponse}: status, headers and request id with the value. */
    WithRawResponse withRawResponse();

    /** The accounts the API key has access to. */
    List<Account> list();

    /** The account with {@code accountId}. */
    Account get(String accountId);

    /** The calls of {@link AccountService}, each returning the response with its value. */
    interface WithRawResponse {

        /** {@link AccountService#list}, with the response. */
        RawResponse<List<Account>> list();

        /** {@link AccountService#get}, with the response. */
        RawResponse<Account> get(String accountId);
    }
}
