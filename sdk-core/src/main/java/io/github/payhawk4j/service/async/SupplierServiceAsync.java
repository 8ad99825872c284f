package io.github.payhawk4j.service.async;

import io.github.payhawk4j.model.FileUpload;
import io.github.payhawk4j.model.supplier.NewSupplier;
import io.github.payhawk4j.model.supplier.Supplier;
import io.github.payhawk4j.model.supplier.SupplierCustomField;
import io.github.payhawk4j.model.supplier.SupplierPatch;
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

    /**
     * Creates a supplier (e.g. from the ERP's vendor master) and returns it with its id; Payhawk emits {@code
     * supplier.created}.
     */
    CompletableFuture<Supplier> create(NewSupplier newSupplier);

    /** Applies {@code patch} to the supplier and returns the updated supplier. */
    CompletableFuture<Supplier> update(String supplierId, SupplierPatch patch);

    /** Archives or reactivates the supplier ({@code PATCH /suppliers/{id}/status}) and returns it. */
    CompletableFuture<Supplier> updateStatus(String supplierId, SupplierStatus status);

    /** The custom fields suppliers carry in this account, with their predefined values. */
    CompletableFuture<List<SupplierCustomField>> customFields();

    /**
     * Uploads a file for a file custom field of a supplier and returns its id, to send as {@code
     * NewSupplierCustomFieldData.fileId}.
     */
    CompletableFuture<String> uploadFile(FileUpload file);

    /** The calls of {@link SupplierServiceAsync}, each returning the response with its value. */
    interface WithRawResponse {

        /** {@link SupplierServiceAsync#list}, with the response. */
        CompletableFuture<RawResponse<List<Supplier>>> list(SupplierStatus status);

        /** {@link SupplierServiceAsync#get}, with the response. */
        CompletableFuture<RawResponse<Supplier>> get(String supplierId);

        /** {@link SupplierServiceAsync#create}, with the response. */
        CompletableFuture<RawResponse<Supplier>> create(NewSupplier newSupplier);

        /** {@link SupplierServiceAsync#update}, with the response. */
        CompletableFuture<RawResponse<Supplier>> update(String supplierId, SupplierPatch patch);

        /** {@link SupplierServiceAsync#updateStatus}, with the response. */
        CompletableFuture<RawResponse<Supplier>> updateStatus(String supplierId, SupplierStatus status);

        /** {@link SupplierServiceAsync#customFields}, with the response. */
        CompletableFuture<RawResponse<List<SupplierCustomField>>> customFields();

        /** {@link SupplierServiceAsync#uploadFile}, with the response. */
        CompletableFuture<RawResponse<String>> uploadFile(FileUpload file);
    }
}
