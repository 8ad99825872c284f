package io.github.payhawk4j.operation;

import io.github.payhawk4j.model.purchaseorder.PurchaseOrder;
import io.github.payhawk4j.service.RawResponse;
import io.github.payhawk4j.service.RequestOptions;
import io.github.payhawk4j.service.async.PurchaseOrderServiceAsync;

import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/** The {@link PurchaseOrderServiceAsync}: the same operations as the blocking service, sent without blocking. */
public final class PurchaseOrderServiceAsyncImpl implements PurchaseOrderServiceAsync {

    private final OperationRunner runner;
    private final PurchaseOrderOperations operations;
    private final WithRawResponse raw = new Raw();

    /** The service of {@code accountId}, sending through {@code runner}. */
    public PurchaseOrderServiceAsyncImpl(OperationRunner runner, String accountId) {
        this(runner, new PurchaseOrderOperations(runner.transport(), accountId));
    }

    private PurchaseOrderServiceAsyncImpl(OperationRunner runner, PurchaseOrderOperations operations) {
        this.runner = runner;
        this.operations = operations;
    }

    @Override
    public PurchaseOrderServiceAsync withOptions(Consumer<RequestOptions.Builder> options) {
        return new PurchaseOrderServiceAsyncImpl(runner.withOptions(options), operations);
    }

    @Override
    public WithRawResponse withRawResponse() {
        return raw;
    }

    @Override
    public CompletableFuture<PurchaseOrder> get(String purchaseOrderId) {
        return runner.valueAsync(() -> operations.get(purchaseOrderId));
    }

    @Override
    public String toString() {
        return "PurchaseOrderServiceAsync";
    }

    private final class Raw implements WithRawResponse {

        @Override
        public CompletableFuture<RawResponse<PurchaseOrder>> get(String purchaseOrderId) {
            return runner.rawAsync(() -> operations.get(purchaseOrderId));
        }
    }
}
