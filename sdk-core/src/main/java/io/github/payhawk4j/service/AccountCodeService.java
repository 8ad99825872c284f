package io.github.payhawk4j.service;

import io.github.payhawk4j.model.masterdata.AccountCode;
import io.github.payhawk4j.model.masterdata.NewAccountCode;

import java.util.List;
import java.util.function.Consumer;

/**
 * The chart of accounts of one account: the general-ledger account codes, listed or replaced as a whole.
 * To change only what differs, see {@code io.github.payhawk4j.sync.MasterDataSync}.
 * {@code client.async().accountCodes()} makes the same calls without blocking. Thread-safe.
 *
 * <p>An interface to call, not to implement: later versions add methods to it.
 */
public interface AccountCodeService {

    /** This service with other settings for its calls (timeout, retries), layered over this view's. */
    AccountCodeService withOptions(Consumer<RequestOptions.Builder> options);

    /** The same calls, each returning the {@link RawResponse}: status, headers and request id with the value. */
    WithRawResponse withRawResponse();

    /** All account codes of the account (the API does not page them). */
    List<AccountCode> list();

    /** Replaces all account codes of the account with {@code items} (an empty list removes them all); returns the new list. */
    List<AccountCode> replace(List<NewAccountCode> items);

    /** The calls of {@link AccountCodeService}, each returning the response with its value. */
    interface WithRawResponse {

        /** {@link AccountCodeService#list}, with the response. */
        RawResponse<List<AccountCode>> list();

        /** {@link AccountCodeService#replace}, with the response. */
        RawResponse<List<AccountCode>> replace(List<NewAccountCode> items);
    }
}
