package io.github.payhawk4j.operation;

import io.github.payhawk4j.model.purchaseorder.PurchaseOrder;
import io.github.payhawk4j.service.PurchaseOrderService;
import io.github.payhawk4j.service.RawResponse;
import io.github.payhawk4j.service.RequestOptions;

import java.util.function.Consumer;

/** The blocking {@link PurchaseOrderService}. */
public final class PurchaseOrderServiceImpl implements PurchaseOrderService {

    private final OperationRunner runner;
    private final PurchaseOrderOperations operations;
    private final WithRawResponse raw = new Raw();

    /** The service of {@code accountId}, sending through {@code runner}. */
    public PurchaseOrderServiceImpl(OperationRunner runner, String accountId) {
        this(runner, new PurchaseOrderOperations(runner.transport(), accountId));
    }

    private PurchaseOrderServiceImpl(OperationRunner runner, PurchaseOrderOperations operations) {
        this.runner = runner;
        this.operations = operations;
    }

    @Override
    public PurchaseOrderService withOptions(Consumer<RequestOptions.Builder> options) {
        return new PurchaseOrderServiceImpl(runner.withOptions(options), operations);
    }

    @Override
    public WithRawResponse withRawResponse() {
        return raw;
    }

    @Override
    public PurchaseOrder get(String purchaseOrderId) {
        return runner.value(operations.get(purchaseOrderId));
    }

    @Override
    public String toString() {
        return "PurchaseOrderService";
    }

    private final class Raw implements WithRawResponse {

        @Override
        public RawResponse<PurchaseOrder> get(String purchaseOrderId) {
            return runner.raw(operations.get(purchaseOrderId));
        }
    }
}
