package io.github.payhawk4j.service;

import io.github.payhawk4j.model.masterdata.NewTaxRate;
import io.github.payhawk4j.model.masterdata.TaxRate;

import java.util.List;
import java.util.function.Consumer;

/**
 * The tax rates of one account, listed or replaced as a whole.
 * To change only what differs, see {@code io.github.payhawk4j.sync.MasterDataSync}.
 * {@code client.async().taxRates()} makes the same calls without blocking. Thread-safe.
 *
 * <p>An interface to call, not to implement: later versions add methods to it.
 */
public interface TaxRateService {

    /** This service with other settings for its calls (timeout, retries), layered over this view's. */
    TaxRateService withOptions(Consumer<RequestOptions.Builder> options);

    /** The same calls, each returning the {@link RawResponse}: status, headers and request id with the value. */
    WithRawResponse withRawResponse();

    /** All tax rates of the account (the API does not page them). */
    List<TaxRate> list();

    /** Replaces all tax rates of the account with {@code items} (an empty list removes them all); returns the new list. */
    List<TaxRate> replace(List<NewTaxRate> items);

    /** The calls of {@link TaxRateService}, each returning the response with its value. */
    interface WithRawResponse {

        /** {@link TaxRateService#list}, with the response. */
        RawResponse<List<TaxRate>> list();

        /** {@link TaxRateService#replace}, with the response. */
        RawResponse<List<TaxRate>> replace(List<NewTaxRate> items);
    }
}
