package io.github.payhawk4j.service.async;

import io.github.payhawk4j.model.masterdata.NewTaxRate;
import io.github.payhawk4j.model.masterdata.TaxRate;

import io.github.payhawk4j.service.RawResponse;
import io.github.payhawk4j.service.RequestOptions;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The calls of {@link io.github.payhawk4j.service.TaxRateService}, without blocking: each future completes
 * with the same value or fails with the same {@code PayhawkException}. Get it from
 * {@code client.async().taxRates()}. Thread-safe.
 *
 * <p>An interface to call, not to implement: later versions add methods to it.
 */
public interface TaxRateServiceAsync {

    /** This service with other settings for its calls (timeout, retries), layered over this view's. */
    TaxRateServiceAsync withOptions(Consumer<RequestOptions.Builder> options);

    /** The same calls, each returning the {@link RawResponse}: status, headers and request id with the value. */
    WithRawResponse withRawResponse();

    /** All tax rates of the account (the API does not page them). */
    CompletableFuture<List<TaxRate>> list();

    /** Replaces all tax rates of the account with {@code items} (an empty list removes them all); returns the new list. */
    CompletableFuture<List<TaxRate>> replace(List<NewTaxRate> items);

    /** The calls of {@link TaxRateServiceAsync}, each returning the response with its value. */
    interface WithRawResponse {

        /** {@link TaxRateServiceAsync#list}, with the response. */
        CompletableFuture<RawResponse<List<TaxRate>>> list();

        /** {@link TaxRateServiceAsync#replace}, with the response. */
        CompletableFuture<RawResponse<List<TaxRate>>> replace(List<NewTaxRate> items);
    }
}
