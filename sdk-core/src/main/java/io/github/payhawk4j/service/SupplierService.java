package io.github.payhawk4j.service;

import io.github.payhawk4j.model.FileUpload;
import io.github.payhawk4j.model.supplier.NewSupplier;
import io.github.payhawk4j.model.supplier.Supplier;
import io.github.payhawk4j.model.supplier.SupplierCustomField;
import io.github.payhawk4j.model.supplier.SupplierPatch;
import io.github.payhawk4j.model.supplier.SupplierStatus;

import java.util.List;
import java.util.function.Consumer;

/**
 * Suppliers of one account: list by status, get, create, update, archive or reactivate, the supplier custom
 * fields, and file uploads for file custom fields. {@code client.async().suppliers()} makes the same calls
 * without blocking. Thread-safe.
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

    /**
     * Creates a supplier (e.g. from the ERP's vendor master) and returns it with its id; Payhawk emits {@code
     * supplier.created}.
     */
    Supplier create(NewSupplier newSupplier);

    /** Applies {@code patch} to the supplier and returns the updated supplier. */
    Supplier update(String supplierId, SupplierPatch patch);

    /** Archives or reactivates the supplier ({@code PATCH /suppliers/{id}/status}) and returns it. */
    Supplier updateStatus(String supplierId, SupplierStatus status);

    /** The custom fields suppliers carry in this account, with their predefined values. */
    List<SupplierCustomField> customFields();

    /**
     * Uploads a file for a file custom field of a supplier and returns its id, to send as {@code
     * NewSupplierCustomFieldData.fileId}.
     */
    String uploadFile(FileUpload file);

    /** The calls of {@link SupplierService}, each returning the response with its value. */
    interface WithRawResponse {

        /** {@link SupplierService#list}, with the response. */
        RawResponse<List<Supplier>> list(SupplierStatus status);

        /** {@link SupplierService#get}, with the response. */
        RawResponse<Supplier> get(String supplierId);

        /** {@link SupplierService#create}, with the response. */
        RawResponse<Supplier> create(NewSupplier newSupplier);

        /** {@link SupplierService#update}, with the response. */
        RawResponse<Supplier> update(String supplierId, SupplierPatch patch);

        /** {@link SupplierService#updateStatus}, with the response. */
        RawResponse<Supplier> updateStatus(String supplierId, SupplierStatus status);

        /** {@link SupplierService#customFields}, with the response. */
        RawResponse<List<SupplierCustomField>> customFields();

        /** {@link SupplierService#uploadFile}, with the response. */
        RawResponse<String> uploadFile(FileUpload file);
    }
}
