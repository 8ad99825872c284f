package io.github.payhawk4j.operation;

import io.github.payhawk4j.model.FileUpload;
import io.github.payhawk4j.model.Page;
import io.github.payhawk4j.model.purchaseorder.GoodsReceivedNote;
import io.github.payhawk4j.model.purchaseorder.NewGoodsReceivedNote;
import io.github.payhawk4j.model.purchaseorder.NewPurchaseOrder;
import io.github.payhawk4j.model.purchaseorder.NewPurchaseOrderItem;
import io.github.payhawk4j.model.purchaseorder.PurchaseOrder;
import io.github.payhawk4j.model.purchaseorder.PurchaseOrderItem;
import io.github.payhawk4j.model.purchaseorder.PurchaseOrderItemPatch;
import io.github.payhawk4j.model.purchaseorder.PurchaseOrderPatch;
import io.github.payhawk4j.query.PurchaseOrderQuery;
import io.github.payhawk4j.service.RawResponse;
import io.github.payhawk4j.service.RequestOptions;
import io.github.payhawk4j.service.async.AsyncPage;
import io.github.payhawk4j.service.async.PurchaseOrderServiceAsync;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/** The {@link PurchaseOrderServiceAsync}: each method sends the same {@link PurchaseOrderOperations} operation without blocking. */
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
    public CompletableFuture<Page<PurchaseOrder>> list(PurchaseOrderQuery query) {
        return runner.valueAsync(() -> operations.list(query));
    }

    @Override
    public CompletableFuture<AsyncPage<PurchaseOrder>> listAll(PurchaseOrderQuery query) {
        PurchaseOrderQuery pageQuery;
        try {
            pageQuery = PurchaseOrderOperations.pageQuery(query);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        return AsyncPage.first(PurchaseOrderOperations.firstSkip(query), skip -> list(pageQuery.withSkip(skip)));
    }

    @Override
    public CompletableFuture<PurchaseOrder> get(String purchaseOrderId) {
        return runner.valueAsync(() -> operations.get(purchaseOrderId));
    }

    @Override
    public CompletableFuture<PurchaseOrder> create(NewPurchaseOrder newPurchaseOrder) {
        return runner.valueAsync(() -> operations.create(newPurchaseOrder));
    }

    @Override
    public CompletableFuture<PurchaseOrder> update(String purchaseOrderId, PurchaseOrderPatch patch) {
        return runner.valueAsync(() -> operations.update(purchaseOrderId, patch));
    }

    @Override
    public CompletableFuture<Void> open(String purchaseOrderId) {
        return runner.valueAsync(() -> operations.open(purchaseOrderId));
    }

    @Override
    public CompletableFuture<List<PurchaseOrderItem>> items(String purchaseOrderId) {
        return runner.valueAsync(() -> operations.items(purchaseOrderId));
    }

    @Override
    public CompletableFuture<PurchaseOrderItem> addItem(String purchaseOrderId, NewPurchaseOrderItem newItem) {
        return runner.valueAsync(() -> operations.addItem(purchaseOrderId, newItem));
    }

    @Override
    public CompletableFuture<PurchaseOrderItem> getItem(String purchaseOrderId, String purchaseOrderItemId) {
        return runner.valueAsync(() -> operations.getItem(purchaseOrderId, purchaseOrderItemId));
    }

    @Override
    public CompletableFuture<PurchaseOrderItem> updateItem(String purchaseOrderId, String purchaseOrderItemId, PurchaseOrderItemPatch patch) {
        return runner.valueAsync(() -> operations.updateItem(purchaseOrderId, purchaseOrderItemId, patch));
    }

    @Override
    public CompletableFuture<Void> deleteItem(String purchaseOrderId, String purchaseOrderItemId) {
        return runner.valueAsync(() -> operations.deleteItem(purchaseOrderId, purchaseOrderItemId));
    }

    @Override
    public CompletableFuture<List<GoodsReceivedNote>> goodsReceivedNotes(String purchaseOrderId) {
        return runner.valueAsync(() -> operations.goodsReceivedNotes(purchaseOrderId));
    }

    @Override
    public CompletableFuture<GoodsReceivedNote> createGoodsReceivedNote(String purchaseOrderId, NewGoodsReceivedNote newNote) {
        return runner.valueAsync(() -> operations.createGoodsReceivedNote(purchaseOrderId, newNote));
    }

    @Override
    public CompletableFuture<Void> deleteGoodsReceivedNote(String purchaseOrderId, String goodsReceivedNoteId) {
        return runner.valueAsync(() -> operations.deleteGoodsReceivedNote(purchaseOrderId, goodsReceivedNoteId));
    }

    @Override
    public CompletableFuture<Void> attachGoodsReceivedNoteFile(String purchaseOrderId, String goodsReceivedNoteId, FileUpload file) {
        return runner.valueAsync(() -> operations.attachGoodsReceivedNoteFile(purchaseOrderId, goodsReceivedNoteId, file));
    }

    @Override
    public String toString() {
        return "PurchaseOrderServiceAsync";
    }

    private final class Raw implements WithRawResponse {

        @Override
        public CompletableFuture<RawResponse<Page<PurchaseOrder>>> list(PurchaseOrderQuery query) {
            return runner.rawAsync(() -> operations.list(query));
        }

        @Override
        public CompletableFuture<RawResponse<PurchaseOrder>> get(String purchaseOrderId) {
            return runner.rawAsync(() -> operations.get(purchaseOrderId));
        }

        @Override
        public CompletableFuture<RawResponse<PurchaseOrder>> create(NewPurchaseOrder newPurchaseOrder) {
            return runner.rawAsync(() -> operations.create(newPurchaseOrder));
        }

        @Override
        public CompletableFuture<RawResponse<PurchaseOrder>> update(String purchaseOrderId, PurchaseOrderPatch patch) {
            return runner.rawAsync(() -> operations.update(purchaseOrderId, patch));
        }

        @Override
        public CompletableFuture<RawResponse<Void>> open(String purchaseOrderId) {
            return runner.rawAsync(() -> operations.open(purchaseOrderId));
        }

        @Override
        public CompletableFuture<RawResponse<List<PurchaseOrderItem>>> items(String purchaseOrderId) {
            return runner.rawAsync(() -> operations.items(purchaseOrderId));
        }

        @Override
        public CompletableFuture<RawResponse<PurchaseOrderItem>> addItem(String purchaseOrderId, NewPurchaseOrderItem newItem) {
            return runner.rawAsync(() -> operations.addItem(purchaseOrderId, newItem));
        }

        @Override
        public CompletableFuture<RawResponse<PurchaseOrderItem>> getItem(String purchaseOrderId, String purchaseOrderItemId) {
            return runner.rawAsync(() -> operations.getItem(purchaseOrderId, purchaseOrderItemId));
        }

        @Override
        public CompletableFuture<RawResponse<PurchaseOrderItem>> updateItem(String purchaseOrderId, String purchaseOrderItemId, PurchaseOrderItemPatch patch) {
            return runner.rawAsync(() -> operations.updateItem(purchaseOrderId, purchaseOrderItemId, patch));
        }

        @Override
        public CompletableFuture<RawResponse<Void>> deleteItem(String purchaseOrderId, String purchaseOrderItemId) {
            return runner.rawAsync(() -> operations.deleteItem(purchaseOrderId, purchaseOrderItemId));
        }

        @Override
        public CompletableFuture<RawResponse<List<GoodsReceivedNote>>> goodsReceivedNotes(String purchaseOrderId) {
            return runner.rawAsync(() -> operations.goodsReceivedNotes(purchaseOrderId));
        }

        @Override
        public CompletableFuture<RawResponse<GoodsReceivedNote>> createGoodsReceivedNote(String purchaseOrderId, NewGoodsReceivedNote newNote) {
            return runner.rawAsync(() -> operations.createGoodsReceivedNote(purchaseOrderId, newNote));
        }

        @Override
        public CompletableFuture<RawResponse<Void>> deleteGoodsReceivedNote(String purchaseOrderId, String goodsReceivedNoteId) {
            return runner.rawAsync(() -> operations.deleteGoodsReceivedNote(purchaseOrderId, goodsReceivedNoteId));
        }

        @Override
        public CompletableFuture<RawResponse<Void>> attachGoodsReceivedNoteFile(String purchaseOrderId, String goodsReceivedNoteId, FileUpload file) {
            return runner.rawAsync(() -> operations.attachGoodsReceivedNoteFile(purchaseOrderId, goodsReceivedNoteId, file));
        }
    }
}
