package io.github.payhawk4j.operation;

import io.github.payhawk4j.http.ApiRequest;
import io.github.payhawk4j.http.ApiTransport;
import io.github.payhawk4j.http.MultipartBody;
import io.github.payhawk4j.http.ResponseReader;
import io.github.payhawk4j.model.FileUpload;
import io.github.payhawk4j.model.supplier.NewSupplier;
import io.github.payhawk4j.model.supplier.Supplier;
import io.github.payhawk4j.model.supplier.SupplierCustomField;
import io.github.payhawk4j.model.supplier.SupplierPatch;
import io.github.payhawk4j.model.supplier.SupplierStatus;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The supplier operations of one account, each defined once for the blocking and the async services. */
final class SupplierOperations {

    private static final String SUPPLIER = "/accounts/{accountId}/suppliers/{supplierId}";

    private final ApiTransport transport;
    private final String accountId;
    private final ResponseReader<Supplier> supplier;
    private final ResponseReader<List<Supplier>> supplierList;
    private final ResponseReader<List<SupplierCustomField>> customFieldList;
    private final ResponseReader<String> fileId;

    SupplierOperations(ApiTransport transport, String accountId) {
        this.transport = transport;
        this.accountId = accountId;
        this.supplier = transport.json(Supplier.class);
        this.supplierList = transport.unpagedList(Supplier.class);
        // The spec answers this one with a bare JSON array, not a list document.
        this.customFieldList = transport.json(transport.type(List.class, SupplierCustomField.class));
        this.fileId = transport.json(String.class);
    }

    Operation<List<Supplier>> list(SupplierStatus status) {
        Objects.requireNonNull(status, "status");
        ApiRequest request = ApiRequest.to("GET", "/accounts/{accountId}/suppliers", accountId)
                .withQuery("$filter", transport.jsonText(Map.of("status", Map.of("$equal", status.value()))));
        return new Operation<>(request, supplierList);
    }

    Operation<Supplier> get(String supplierId) {
        return new Operation<>(ApiRequest.to("GET", SUPPLIER, accountId, supplierId), supplier);
    }

    Operation<Supplier> create(NewSupplier newSupplier) {
        Objects.requireNonNull(newSupplier, "newSupplier");
        return new Operation<>(transport.withJsonBody(ApiRequest.to("POST", "/accounts/{accountId}/suppliers", accountId),
                newSupplier), supplier);
    }

    Operation<Supplier> update(String supplierId, SupplierPatch patch) {
        Objects.requireNonNull(patch, "patch");
        return new Operation<>(transport.withJsonBody(ApiRequest.to("PATCH", SUPPLIER, accountId, supplierId), patch),
                supplier);
    }

    Operation<Supplier> updateStatus(String supplierId, SupplierStatus status) {
        Objects.requireNonNull(status, "status");
        return new Operation<>(transport.withJsonBody(ApiRequest.to("PATCH", SUPPLIER + "/status", accountId, supplierId),
                Map.of("status", status.value())), supplier);
    }

    Operation<List<SupplierCustomField>> customFields() {
        return new Operation<>(ApiRequest.to("GET", "/accounts/{accountId}/suppliers-custom-fields", accountId),
                customFieldList);
    }

    Operation<String> uploadFile(FileUpload file) {
        Objects.requireNonNull(file, "file");
        MultipartBody body = MultipartBody.of(List.of(file));
        return new Operation<>(ApiRequest.to("POST", "/accounts/{accountId}/suppliers/upload-file", accountId)
                .withBody(body.bytes(), body.contentType()), fileId);
    }
}
