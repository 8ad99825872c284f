package io.github.payhawk4j.operation;

import io.github.payhawk4j.model.FileUpload;
import io.github.payhawk4j.model.supplier.NewSupplier;
import io.github.payhawk4j.model.supplier.Supplier;
import io.github.payhawk4j.model.supplier.SupplierCustomField;
import io.github.payhawk4j.model.supplier.SupplierPatch;
import io.github.payhawk4j.model.supplier.SupplierStatus;
import io.github.payhawk4j.service.RawResponse;
import io.github.payhawk4j.service.RequestOptions;
import io.github.payhawk4j.service.async.SupplierServiceAsync;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/** The {@link SupplierServiceAsync}: each method sends the same {@link SupplierOperations} operation without blocking. */
public final class SupplierServiceAsyncImpl implements SupplierServiceAsync {

    private final OperationRunner runner;
    private final SupplierOperations operations;
    private final WithRawResponse raw = new Raw();

    /** The service of {@code accountId}, sending through {@code runner}. */
    public SupplierServiceAsyncImpl(OperationRunner runner, String accountId) {
        this(runner, new SupplierOperations(runner.transport(), accountId));
    }

    private SupplierServiceAsyncImpl(OperationRunner runner, SupplierOperations operations) {
        this.runner = runner;
        this.operations = operations;
    }

    @Override
    public SupplierServiceAsync withOptions(Consumer<RequestOptions.Builder> options) {
        return new SupplierServiceAsyncImpl(runner.withOptions(options), operations);
    }

    @Override
    public WithRawResponse withRawResponse() {
        return raw;
    }

    @Override
    public CompletableFuture<List<Supplier>> list(SupplierStatus status) {
        return runner.valueAsync(() -> operations.list(status));
    }

    @Override
    public CompletableFuture<Supplier> get(String supplierId) {
        return runner.valueAsync(() -> operations.get(supplierId));
    }

    @Override
    public CompletableFuture<Supplier> create(NewSupplier newSupplier) {
        return runner.valueAsync(() -> operations.create(newSupplier));
    }

    @Override
    public CompletableFuture<Supplier> update(String supplierId, SupplierPatch patch) {
        return runner.valueAsync(() -> operations.update(supplierId, patch));
    }

    @Override
    public CompletableFuture<Supplier> updateStatus(String supplierId, SupplierStatus status) {
        return runner.valueAsync(() -> operations.updateStatus(supplierId, status));
    }

    @Override
    public CompletableFuture<List<SupplierCustomField>> customFields() {
        return runner.valueAsync(() -> operations.customFields());
    }

    @Override
    public CompletableFuture<String> uploadFile(FileUpload file) {
        return runner.valueAsync(() -> operations.uploadFile(file));
    }

    @Override
    public String toString() {
        return "SupplierServiceAsync";
    }

    private final class Raw implements WithRawResponse {

        @Override
        public CompletableFuture<RawResponse<List<Supplier>>> list(SupplierStatus status) {
            return runner.rawAsync(() -> operations.list(status));
        }

        @Override
        public CompletableFuture<RawResponse<Supplier>> get(String supplierId) {
            return runner.rawAsync(() -> operations.get(supplierId));
        }

        @Override
        public CompletableFuture<RawResponse<Supplier>> create(NewSupplier newSupplier) {
            return runner.rawAsync(() -> operations.create(newSupplier));
        }

        @Override
        public CompletableFuture<RawResponse<Supplier>> update(String supplierId, SupplierPatch patch) {
            return runner.rawAsync(() -> operations.update(supplierId, patch));
        }

        @Override
        public CompletableFuture<RawResponse<Supplier>> updateStatus(String supplierId, SupplierStatus status) {
            return runner.rawAsync(() -> operations.updateStatus(supplierId, status));
        }

        @Override
        public CompletableFuture<RawResponse<List<SupplierCustomField>>> customFields() {
            return runner.rawAsync(() -> operations.customFields());
        }

        @Override
        public CompletableFuture<RawResponse<String>> uploadFile(FileUpload file) {
            return runner.rawAsync(() -> operations.uploadFile(file));
        }
    }
}
