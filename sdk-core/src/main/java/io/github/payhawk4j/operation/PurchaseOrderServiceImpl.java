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
import io.github.payhawk4j.service.AutoPagingIterable;
import io.github.payhawk4j.service.PurchaseOrderService;
import io.github.payhawk4j.service.RawResponse;
import io.github.payhawk4j.service.RequestOptions;

import java.util.List;
import java.util.function.Consumer;

/** The blocking {@link PurchaseOrderService}: each method sends its {@link PurchaseOrderOperations} operation. */
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
    public Page<PurchaseOrder> list(PurchaseOrderQuery query) {
        return runner.value(operations.list(query));
    }

    @Override
    public AutoPagingIterable<PurchaseOrder> listAll(PurchaseOrderQuery query) {
        PurchaseOrderQuery pageQuery = PurchaseOrderOperations.pageQuery(query);
        return AutoPagingIterable.of(PurchaseOrderOperations.firstSkip(query), skip -> list(pageQuery.withSkip(skip)));
    }

    @Override
    public PurchaseOrder get(String purchaseOrderId) {
        return runner.value(operations.get(purchaseOrderId));
    }

    @Override
    public PurchaseOrder create(NewPurchaseOrder newPurchaseOrder) {
        return runner.value(operations.create(newPurchaseOrder));
    }

    @Override
    public PurchaseOrder update(String purchaseOrderId, PurchaseOrderPatch patch) {
        return runner.value(operations.update(purchaseOrderId, patch));
    }

    @Override
    public void open(String purchaseOrderId) {
        runner.value(operations.open(purchaseOrderId));
    }

    @Override
    public List<PurchaseOrderItem> items(String purchaseOrderId) {
        return runner.value(operations.items(purchaseOrderId));
    }

    @Override
    public PurchaseOrderItem addItem(String purchaseOrderId, NewPurchaseOrderItem newItem) {
        return runner.value(operations.addItem(purchaseOrderId, newItem));
    }

    @Override
    public PurchaseOrderItem getItem(String purchaseOrderId, String purchaseOrderItemId) {
        return runner.value(operations.getItem(purchaseOrderId, purchaseOrderItemId));
    }

    @Override
    public PurchaseOrderItem updateItem(String purchaseOrderId, String purchaseOrderItemId, PurchaseOrderItemPatch patch) {
        return runner.value(operations.updateItem(purchaseOrderId, purchaseOrderItemId, patch));
    }

    @Override
    public void deleteItem(String purchaseOrderId, String purchaseOrderItemId) {
        runner.value(operations.deleteItem(purchaseOrderId, purchaseOrderItemId));
    }

    @Override
    public List<GoodsReceivedNote> goodsReceivedNotes(String purchaseOrderId) {
        return runner.value(operations.goodsReceivedNotes(purchaseOrderId));
    }

    @Override
    public GoodsReceivedNote createGoodsReceivedNote(String purchaseOrderId, NewGoodsReceivedNote newNote) {
        return runner.value(operations.createGoodsReceivedNote(purchaseOrderId, newNote));
    }

    @Override
    public void deleteGoodsReceivedNote(String purchaseOrderId, String goodsReceivedNoteId) {
        runner.value(operations.deleteGoodsReceivedNote(purchaseOrderId, goodsReceivedNoteId));
    }

    @Override
    public void attachGoodsReceivedNoteFile(String purchaseOrderId, String goodsReceivedNoteId, FileUpload file) {
        runner.value(operations.attachGoodsReceivedNoteFile(purchaseOrderId, goodsReceivedNoteId, file));
    }

    @Override
    public String toString() {
        return "PurchaseOrderService";
    }

    private final class Raw implements WithRawResponse {

        @Override
        public RawResponse<Page<PurchaseOrder>> list(PurchaseOrderQuery query) {
            return runner.raw(operations.list(query));
        }

        @Override
        public RawResponse<PurchaseOrder> get(String purchaseOrderId) {
            return runner.raw(operations.get(purchaseOrderId));
        }

        @Override
        public RawResponse<PurchaseOrder> create(NewPurchaseOrder newPurchaseOrder) {
            return runner.raw(operations.create(newPurchaseOrder));
        }

        @Override
        public RawResponse<PurchaseOrder> update(String purchaseOrderId, PurchaseOrderPatch patch) {
            return runner.raw(operations.update(purchaseOrderId, patch));
        }

        @Override
        public RawResponse<Void> open(String purchaseOrderId) {
            return runner.raw(operations.open(purchaseOrderId));
        }

        @Override
        public RawResponse<List<PurchaseOrderItem>> items(String purchaseOrderId) {
            return runner.raw(operations.items(purchaseOrderId));
        }

        @Override
        public RawResponse<PurchaseOrderItem> addItem(String purchaseOrderId, NewPurchaseOrderItem newItem) {
            return runner.raw(operations.addItem(purchaseOrderId, newItem));
        }

        @Override
        public RawResponse<PurchaseOrderItem> getItem(String purchaseOrderId, String purchaseOrderItemId) {
            return runner.raw(operations.getItem(purchaseOrderId, purchaseOrderItemId));
        }

        @Override
        public RawResponse<PurchaseOrderItem> updateItem(String purchaseOrderId, String purchaseOrderItemId, PurchaseOrderItemPatch patch) {
            return runner.raw(operations.updateItem(purchaseOrderId, purchaseOrderItemId, patch));
        }

        @Override
        public RawResponse<Void> deleteItem(String purchaseOrderId, String purchaseOrderItemId) {
            return runner.raw(operations.deleteItem(purchaseOrderId, purchaseOrderItemId));
        }

        @Override
        public RawResponse<List<GoodsReceivedNote>> goodsReceivedNotes(String purchaseOrderId) {
            return runner.raw(operations.goodsReceivedNotes(purchaseOrderId));
        }

        @Override
        public RawResponse<GoodsReceivedNote> createGoodsReceivedNote(String purchaseOrderId, NewGoodsReceivedNote newNote) {
            return runner.raw(operations.createGoodsReceivedNote(purchaseOrderId, newNote));
        }

        @Override
        public RawResponse<Void> deleteGoodsReceivedNote(String purchaseOrderId, String goodsReceivedNoteId) {
            return runner.raw(operations.deleteGoodsReceivedNote(purchaseOrderId, goodsReceivedNoteId));
        }

        @Override
        public RawResponse<Void> attachGoodsReceivedNoteFile(String purchaseOrderId, String goodsReceivedNoteId, FileUpload file) {
            return runner.raw(operations.attachGoodsReceivedNoteFile(purchaseOrderId, goodsReceivedNoteId, file));
        }
    }
}
