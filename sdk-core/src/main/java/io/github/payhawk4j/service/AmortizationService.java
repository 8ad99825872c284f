package io.github.payhawk4j.service;

import io.github.payhawk4j.model.masterdata.AmortizationRecord;
import io.github.payhawk4j.model.masterdata.NewAmortizationRecord;

import java.util.List;
import java.util.function.Consumer;

/**
 * The amortization records of one account, listed or replaced as a whole.
 * To change only what differs, see {@code io.github.payhawk4j.sync.MasterDataSync}.
 * {@code client.async().amortizations()} makes the same calls without blocking. Thread-safe.
 *
 * <p>An interface to call, not to implement: later versions add methods to it.
 */
public interface AmortizationService {

    /** This service with other settings for its calls (timeout, retries), layered over this view's. */
    AmortizationService withOptions(Consumer<RequestOptions.Builder> options);

    /** The same calls, each returning the {@link RawResponse}: status, headers and request id with the value. */
    WithRawResponse withRawResponse();

    /** All amortization records of the account (the API does not page them). */
    List<AmortizationRecord> list();

    /** Replaces all amortization records of the account with {@code items} (an empty list removes them all); returns the new list. */
    List<AmortizationRecord> replace(List<NewAmortizationRecord> items);

    /** The calls of {@link AmortizationService}, each returning the response with its value. */
    interface WithRawResponse {

        /** {@link AmortizationService#list}, with the response. */
        RawResponse<List<AmortizationRecord>> list();

        /** {@link AmortizationService#replace}, with the response. */
        RawResponse<List<AmortizationRecord>> replace(List<NewAmortizationRecord> items);
    }
}
