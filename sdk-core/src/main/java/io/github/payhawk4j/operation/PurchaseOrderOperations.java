package io.github.payhawk4j.operation;

import io.github.payhawk4j.http.ApiRequest;
import io.github.payhawk4j.http.ApiTransport;
import io.github.payhawk4j.http.MultipartBody;
import io.github.payhawk4j.http.ResponseReader;
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

import java.util.List;
import java.util.Objects;

/** The purchase order operations of one account, each defined once for the blocking and the async services. */
final class PurchaseOrderOperations {

    private static final String PURCHASE_ORDERS = "/accounts/{accountId}/purchase-orders";
    private static final String PURCHASE_ORDER = PURCHASE_ORDERS + "/{purchaseOrderId}";
    private static final String ITEM = PURCHASE_ORDER + "/items/{purchaseOrderItemId}";
    private static final String NOTE = PURCHASE_ORDER + "/goods-received-notes/{goodsReceivedNoteId}";

    private final ApiTransport transport;
    private final String accountId;
    private final ResponseReader<PurchaseOrder> purchaseOrder;
    private final ResponseReader<Page<PurchaseOrder>> purchaseOrderPage;
    private final ResponseReader<PurchaseOrderItem> item;
    private final ResponseReader<List<PurchaseOrderItem>> itemList;
    private final ResponseReader<GoodsReceivedNote> note;
    private final ResponseReader<List<GoodsReceivedNote>> noteList;

    PurchaseOrderOperations(ApiTransport transport, String accountId) {
        this.transport = transport;
        this.accountId = accountId;
        this.purchaseOrder = transport.json(PurchaseOrder.class);
        this.purchaseOrderPage = transport.json(transport.type(Page.class, PurchaseOrder.class));
        this.item = transport.json(PurchaseOrderItem.class);
        this.itemList = transport.unpagedList(PurchaseOrderItem.class);
        this.note = transport.json(GoodsReceivedNote.class);
        this.noteList = transport.unpagedList(GoodsReceivedNote.class);
    }

    Operation<Page<PurchaseOrder>> list(PurchaseOrderQuery query) {
        Objects.requireNonNull(query, "query");
        ApiRequest request = ApiRequest.to("GET", PURCHASE_ORDERS, accountId);
        request = request.withQuery("$filter", query.filter().map(f -> transport.jsonText(f.toJsonTree())).orElse(null));
        request = request.withQuery("$skip", query.skip().map(String::valueOf).orElse(null));
        request = request.withQuery("$take", query.take().map(String::valueOf).orElse(null));
        return new Operation<>(request, purchaseOrderPage);
    }

    /** The query each page of {@code listAll} sends: the caller's, with its {@code take} (default the maximum) as page size. */
    static PurchaseOrderQuery pageQuery(PurchaseOrderQuery query) {
        return query.toBuilder().take(query.take().orElse(PurchaseOrderQuery.MAX_TAKE)).build();
    }

    /** The offset {@code listAll} starts at. */
    static int firstSkip(PurchaseOrderQuery query) {
        return query.skip().orElse(0);
    }

    Operation<PurchaseOrder> get(String purchaseOrderId) {
        return new Operation<>(ApiRequest.to("GET", PURCHASE_ORDER, accountId, purchaseOrderId), purchaseOrder);
    }

    Operation<PurchaseOrder> create(NewPurchaseOrder newPurchaseOrder) {
        Objects.requireNonNull(newPurchaseOrder, "newPurchaseOrder");
        return new Operation<>(transport.withJsonBody(ApiRequest.to("POST", PURCHASE_ORDERS, accountId), newPurchaseOrder),
                purchaseOrder);
    }

    Operation<PurchaseOrder> update(String purchaseOrderId, PurchaseOrderPatch patch) {
        Objects.requireNonNull(patch, "patch");
        return new Operation<>(transport.withJsonBody(ApiRequest.to("PATCH", PURCHASE_ORDER, accountId, purchaseOrderId),
                patch), purchaseOrder);
    }

    Operation<Void> open(String purchaseOrderId) {
        return new Operation<>(ApiRequest.to("POST", PURCHASE_ORDER + "/open", accountId, purchaseOrderId),
                ApiTransport.noContent());
    }

    Operation<List<PurchaseOrderItem>> items(String purchaseOrderId) {
        return new Operation<>(ApiRequest.to("GET", PURCHASE_ORDER + "/items", accountId, purchaseOrderId), itemList);
    }

    Operation<PurchaseOrderItem> addItem(String purchaseOrderId, NewPurchaseOrderItem newItem) {
        Objects.requireNonNull(newItem, "newItem");
        return new Operation<>(transport.withJsonBody(
                ApiRequest.to("POST", PURCHASE_ORDER + "/items", accountId, purchaseOrderId), newItem), item);
    }

    Operation<PurchaseOrderItem> getItem(String purchaseOrderId, String purchaseOrderItemId) {
        return new Operation<>(ApiRequest.to("GET", ITEM, accountId, purchaseOrderId, purchaseOrderItemId), item);
    }

    Operation<PurchaseOrderItem> updateItem(String purchaseOrderId, String purchaseOrderItemId, PurchaseOrderItemPatch patch) {
        Objects.requireNonNull(patch, "patch");
        return new Operation<>(transport.withJsonBody(
                ApiRequest.to("PATCH", ITEM, accountId, purchaseOrderId, purchaseOrderItemId), patch), item);
    }

    Operation<Void> deleteItem(String purchaseOrderId, String purchaseOrderItemId) {
        return new Operation<>(ApiRequest.to("DELETE", ITEM, accountId, purchaseOrderId, purchaseOrderItemId),
                ApiTransport.noContent());
    }

    Operation<List<GoodsReceivedNote>> goodsReceivedNotes(String purchaseOrderId) {
        return new Operation<>(ApiRequest.to("GET", PURCHASE_ORDER + "/goods-received-notes", accountId, purchaseOrderId),
                noteList);
    }

    Operation<GoodsReceivedNote> createGoodsReceivedNote(String purchaseOrderId, NewGoodsReceivedNote newNote) {
        Objects.requireNonNull(newNote, "newNote");
        return new Operation<>(transport.withJsonBody(
                ApiRequest.to("POST", PURCHASE_ORDER + "/goods-received-notes", accountId, purchaseOrderId), newNote), note);
    }

    Operation<Void> deleteGoodsReceivedNote(String purchaseOrderId, String goodsReceivedNoteId) {
        return new Operation<>(ApiRequest.to("DELETE", NOTE, accountId, purchaseOrderId, goodsReceivedNoteId),
                ApiTransport.noContent());
    }

    Operation<Void> attachGoodsReceivedNoteFile(String purchaseOrderId, String goodsReceivedNoteId, FileUpload file) {
        Objects.requireNonNull(file, "file");
        MultipartBody body = MultipartBody.of(List.of(file));
        return new Operation<>(ApiRequest.to("POST", NOTE + "/files", accountId, purchaseOrderId, goodsReceivedNoteId)
                .withBody(body.bytes(), body.contentType()), ApiTransport.noContent());
    }
}
