package io.github.payhawk4j.service.async;

import io.github.payhawk4j.model.masterdata.AmortizationRecord;
import io.github.payhawk4j.model.masterdata.NewAmortizationRecord;

import io.github.payhawk4j.service.RawResponse;
import io.github.payhawk4j.service.RequestOptions;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The calls of {@link io.github.payhawk4j.service.AmortizationService}, without blocking: each future completes
 * with the same value or fails with the same {@code PayhawkException}. Get it from
 * {@code client.async().amortizations()}. Thread-safe.
 *
 * <p>An interface to call, not to implement: later versions add methods to it.
 */
public interface AmortizationServiceAsync {

    /** This service with other settings for its calls (timeout, retries), layered over this view's. */
    AmortizationServiceAsync withOptions(Consumer<RequestOptions.Builder> options);

    /** The same calls, each returning the {@link RawResponse}: status, headers and request id with the value. */
    WithRawResponse withRawResponse();

    /** All amortization records of the account (the API does not page them). */
    CompletableFuture<List<AmortizationRecord>> list();

    /** Replaces all amortization records of the account with {@code items} (an empty list removes them all); returns the new list. */
    CompletableFuture<List<AmortizationRecord>> replace(List<NewAmortizationRecord> items);

    /** The calls of {@link AmortizationServiceAsync}, each returning the response with its value. */
    interface WithRawResponse {

        /** {@link AmortizationServiceAsync#list}, with the response. */
        CompletableFuture<RawResponse<List<AmortizationRecord>>> list();

        /** {@link AmortizationServiceAsync#replace}, with the response. */
        CompletableFuture<RawResponse<List<AmortizationRecord>>> replace(List<NewAmortizationRecord> items);
    }
}
