package io.github.payhawk4j.service.async;

import io.github.payhawk4j.model.account.Account;
import io.github.payhawk4j.service.RawResponse;
import io.github.payhawk4j.service.RequestOptions;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The calls of {@link io.github.payhawk4j.service.AccountService}, without blocking: each future completes
 * with the same value or fails with the same {@code PayhawkException}. Get it from
 * {@code client.async().accounts()}. Thread-safe.
 *
 * <p>An interface to call, not to implement: later versions add methods to it.
 */
public interface AccountServiceAsync {

    /** This service with other settings for its calls (timeout, retries), layered over this view's. */
    AccountServiceAsync withOptions(Consumer<RequestOptions.Builder> options);

    /** The same calls, each returning the {@link RawResponse}: status, headers and request id with the value. */
    WithRawResponse withRawResponse();

    /** The accounts the API key has access to. */
    CompletableFuture<List<Account>> list();

    /** The account with {@code accountId}. */
    CompletableFuture<Account> get(String accountId);

    /** The calls of {@link AccountServiceAsync}, each returning the response with its value. */
    interface WithRawResponse {

        /** {@link AccountServiceAsync#list}, with the response. */
        CompletableFuture<RawResponse<List<Account>>> list();

        /** {@link AccountServiceAsync#get}, with the response. */
        CompletableFuture<RawResponse<Account>> get(String accountId);
    }
}
