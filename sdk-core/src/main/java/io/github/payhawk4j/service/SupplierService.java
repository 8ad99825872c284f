package io.github.payhawk4j.service;

import io.github.payhawk4j.model.supplier.Supplier;
import io.github.payhawk4j.model.supplier.SupplierStatus;

import java.util.List;
import java.util.function.Consumer;

/**
 * Suppliers of one account: list by status and get, e.g. after a {@code supplier.updated} event.
 * {@code client.async().suppliers()} makes the same calls without blocking. Thread-safe.
 *
 * <p>An interface to call, not to implement: later versions add methods to it.
 */
public interface SupplierService {

    /** This service with other settings for its calls (timeout, retries), layered over this view's. */
    SupplierService withOptions(Consumer<RequestOptions.Builder> options);

    /** The same calls, each returning the {@link RawResponse}: status, headers and request id with the value. */
    WithRawResponse withRawResponse();

    /** The suppliers with {@code status} (Payhawk requires this filter: {@code {"status":{"$equal":...}}}). */
    List<Supplier> list(SupplierStatus status);

    /** The supplier with {@code supplierId}, with its bank accounts. */
    Supplier get(String supplierId);

    /** The calls of {@link SupplierService}, each returning the response with its value. */
    interface WithRawResponse {

        /** {@link SupplierService#list}, with the response. */
        RawResponse<List<Supplier>> list(SupplierStatus status);

        /** {@link SupplierService#get}, with the response. */
        RawResponse<Supplier> get(String supplierId);
    }
}
