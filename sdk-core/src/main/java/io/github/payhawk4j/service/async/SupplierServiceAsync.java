package io.github.payhawk4j.service.async;

import io.github.payhawk4j.model.supplier.Supplier;
import io.github.payhawk4j.model.supplier.SupplierStatus;
import io.github.payhawk4j.service.RawResponse;
import io.github.payhawk4j.service.RequestOptions;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The calls of {@link io.github.payhawk4j.service.SupplierService}, without blocking: each future completes
 * with the same value or fails with the same {@code PayhawkException}. Get it from
 * {@code client.async().suppliers()}. Thread-safe.
 *
 * <p>An interface to call, not to implement: later versions add methods to it.
 */
public interface SupplierServiceAsync {

    /** This service with other settings for its calls (timeout, retries), layered over this view's. */
    SupplierServiceAsync withOptions(Consumer<RequestOptions.Builder> options);

    /** The same calls, each returning the {@link RawResponse}: status, headers and request id with the value. */
    WithRawResponse withRawResponse();

    /** The suppliers with {@code status} (Payhawk requires this filter: {@code {"status":{"$equal":...}}}). */
    CompletableFuture<List<Supplier>> list(SupplierStatus status);

    /** The supplier with {@code supplierId}, with its bank accounts. */
    CompletableFuture<Supplier> get(String supplierId);

    /** The calls of {@link SupplierServiceAsync}, each returning the response with its value. */
    interface WithRawResponse {

        /** {@link SupplierServiceAsync#list}, with the response. */
        CompletableFuture<RawResponse<List<Supplier>>> list(SupplierStatus status);

        /** {@link SupplierServiceAsync#get}, with the response. */
        CompletableFuture<RawResponse<Supplier>> get(String supplierId);
    }
}
