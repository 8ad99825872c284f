package io.github.payhawk4j.operation;

import io.github.payhawk4j.model.FileUpload;
import io.github.payhawk4j.model.supplier.NewSupplier;
import io.github.payhawk4j.model.supplier.Supplier;
import io.github.payhawk4j.model.supplier.SupplierCustomField;
import io.github.payhawk4j.model.supplier.SupplierPatch;
import io.github.payhawk4j.model.supplier.SupplierStatus;
import io.github.payhawk4j.service.RawResponse;
import io.github.payhawk4j.service.RequestOptions;
import io.github.payhawk4j.service.SupplierService;

import java.util.List;
import java.util.function.Consumer;

/** The blocking {@link SupplierService}: each method sends its {@link SupplierOperations} operation. */
public final class SupplierServiceImpl implements SupplierService {

    private final OperationRunner runner;
    private final SupplierOperations operations;
    private final WithRawResponse raw = new Raw();

    /** The service of {@code accountId}, sending through {@code runner}. */
    public SupplierServiceImpl(OperationRunner runner, String accountId) {
        this(runner, new SupplierOperations(runner.transport(), accountId));
    }

    private SupplierServiceImpl(OperationRunner runner, SupplierOperations operations) {
        this.runner = runner;
        this.operations = operations;
    }

    @Override
    public SupplierService withOptions(Consumer<RequestOptions.Builder> options) {
        return new SupplierServiceImpl(runner.withOptions(options), operations);
    }

    @Override
    public WithRawResponse withRawResponse() {
        return raw;
    }

    @Override
    public List<Supplier> list(SupplierStatus status) {
        return runner.value(operations.list(status));
    }

    @Override
    public Supplier get(String supplierId) {
        return runner.value(operations.get(supplierId));
    }

    @Override
    public Supplier create(NewSupplier newSupplier) {
        return runner.value(operations.create(newSupplier));
    }

    @Override
    public Supplier update(String supplierId, SupplierPatch patch) {
        return runner.value(operations.update(supplierId, patch));
    }

    @Override
    public Supplier updateStatus(String supplierId, SupplierStatus status) {
        return runner.value(operations.updateStatus(supplierId, status));
    }

    @Override
    public List<SupplierCustomField> customFields() {
        return runner.value(operations.customFields());
    }

    @Override
    public String uploadFile(FileUpload file) {
        return runner.value(operations.uploadFile(file));
    }

    @Override
    public String toString() {
        return "SupplierService";
    }

    private final class Raw implements WithRawResponse {

        @Override
        public RawResponse<List<Supplier>> list(SupplierStatus status) {
            return runner.raw(operations.list(status));
        }

        @Override
        public RawResponse<Supplier> get(String supplierId) {
            return runner.raw(operations.get(supplierId));
        }

        @Override
        public RawResponse<Supplier> create(NewSupplier newSupplier) {
            return runner.raw(operations.create(newSupplier));
        }

        @Override
        public RawResponse<Supplier> update(String supplierId, SupplierPatch patch) {
            return runner.raw(operations.update(supplierId, patch));
        }

        @Override
        public RawResponse<Supplier> updateStatus(String supplierId, SupplierStatus status) {
            return runner.raw(operations.updateStatus(supplierId, status));
        }

        @Override
        public RawResponse<List<SupplierCustomField>> customFields() {
            return runner.raw(operations.customFields());
        }

        @Override
        public RawResponse<String> uploadFile(FileUpload file) {
            return runner.raw(operations.uploadFile(file));
        }
    }
}
