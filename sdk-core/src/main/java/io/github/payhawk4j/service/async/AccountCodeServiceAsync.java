package io.github.payhawk4j.service.async;

import io.github.payhawk4j.model.masterdata.AccountCode;
import io.github.payhawk4j.model.masterdata.NewAccountCode;

import io.github.payhawk4j.service.RawResponse;
import io.github.payhawk4j.service.RequestOptions;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The calls of {@link io.github.payhawk4j.service.AccountCodeService}, without blocking: each future completes
 * with the same value or fails with the same {@code PayhawkException}. Get it from
 * {@code client.async().accountCodes()}. Thread-safe.
 *
 * <p>An interface to call, not to implement: later versions add methods to it.
 */
public interface AccountCodeServiceAsync {

    /** This service with other settings for its calls (timeout, retries), layered over this view's. */
    AccountCodeServiceAsync withOptions(Consumer<RequestOptions.Builder> options);

    /** The same calls, each returning the {@link RawResponse}: status, headers and request id with the value. */
    WithRawResponse withRawResponse();

    /** All account codes of the account (the API does not page them). */
    CompletableFuture<List<AccountCode>> list();

    /** Replaces all account codes of the account with {@code items} (an empty list removes them all); returns the new list. */
    CompletableFuture<List<AccountCode>> replace(List<NewAccountCode> items);

    /** The calls of {@link AccountCodeServiceAsync}, each returning the response with its value. */
    interface WithRawResponse {

        /** {@link AccountCodeServiceAsync#list}, with the response. */
        CompletableFuture<RawResponse<List<AccountCode>>> list();

        /** {@link AccountCodeServiceAsync#replace}, with the response. */
        CompletableFuture<RawResponse<List<AccountCode>>> replace(List<NewAccountCode> items);
    }
}
