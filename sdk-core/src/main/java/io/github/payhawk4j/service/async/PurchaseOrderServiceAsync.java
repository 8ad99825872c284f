package io.github.payhawk4j.service.async;

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

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The calls of {@link io.github.payhawk4j.service.PurchaseOrderService}, without blocking: each future completes
 * with the same value or fails with the same {@code PayhawkException}. Get it from
 * {@code client.async().purchaseOrders()}. Thread-safe.
 *
 * <p>An interface to call, not to implement: later versions add methods to it.
 */
public interface PurchaseOrderServiceAsync {

    /** This service with other settings for its calls (timeout, retries), layered over this view's. */
    PurchaseOrderServiceAsync withOptions(Consumer<RequestOptions.Builder> options);

    /** The same calls, each returning the {@link RawResponse}: status, headers and request id with the value. */
    WithRawResponse withRawResponse();

    /** One page of purchase orders matching {@code query}. */
    CompletableFuture<Page<PurchaseOrder>> list(PurchaseOrderQuery query);

    /**
     * The first page of every purchase order matching {@code query}, from which {@link AsyncPage#nextPage()} and
     * {@link AsyncPage#forEach} reach the rest, one page at a time and without a thread waiting for each.
     * The query's filter is sent with every page; its {@code take} is the page size
     * (default {@value PurchaseOrderQuery#MAX_TAKE}) and its {@code skip} the first offset.
     */
    CompletableFuture<AsyncPage<PurchaseOrder>> listAll(PurchaseOrderQuery query);

    /** The purchase order {@code purchaseOrderId}, with its line items. */
    CompletableFuture<PurchaseOrder> get(String purchaseOrderId);

    /** Creates a purchase order, with up to 100 line items, and returns it (a draft until {@link #open}). */
    CompletableFuture<PurchaseOrder> create(NewPurchaseOrder newPurchaseOrder);

    /** Applies {@code patch} (note, supplier, currency) and returns the updated purchase order. */
    CompletableFuture<PurchaseOrder> update(String purchaseOrderId, PurchaseOrderPatch patch);

    /**
     * Opens the purchase order: it leaves draft and can be matched against invoices. An order that is not a draft is
     * refused: the call fails with a {@code PayhawkException} of status 409.
     */
    CompletableFuture<Void> open(String purchaseOrderId);

    /** The line items of the purchase order. */
    CompletableFuture<List<PurchaseOrderItem>> items(String purchaseOrderId);

    /** Adds a line item to the purchase order and returns it with its id and total. */
    CompletableFuture<PurchaseOrderItem> addItem(String purchaseOrderId, NewPurchaseOrderItem newItem);

    /** The line item {@code purchaseOrderItemId} of the purchase order. */
    CompletableFuture<PurchaseOrderItem> getItem(String purchaseOrderId, String purchaseOrderItemId);

    /** Applies {@code patch} to the line item and returns the updated item. */
    CompletableFuture<PurchaseOrderItem> updateItem(String purchaseOrderId, String purchaseOrderItemId, PurchaseOrderItemPatch patch);

    /** Deletes the line item from the purchase order. */
    CompletableFuture<Void> deleteItem(String purchaseOrderId, String purchaseOrderItemId);

    /** The goods received notes of the purchase order. */
    CompletableFuture<List<GoodsReceivedNote>> goodsReceivedNotes(String purchaseOrderId);

    /** Records goods received against the purchase order's items and returns the note. */
    CompletableFuture<GoodsReceivedNote> createGoodsReceivedNote(String purchaseOrderId, NewGoodsReceivedNote newNote);

    /** Deletes the goods received note. */
    CompletableFuture<Void> deleteGoodsReceivedNote(String purchaseOrderId, String goodsReceivedNoteId);

    /** Attaches a file (delivery note, scan) to the goods received note as a {@code multipart/form-data} upload. */
    CompletableFuture<Void> attachGoodsReceivedNoteFile(String purchaseOrderId, String goodsReceivedNoteId, FileUpload file);

    /** The calls of {@link PurchaseOrderServiceAsync}, each returning the response with its value. */
    interface WithRawResponse {

        /** {@link PurchaseOrderServiceAsync#list}, with the response. */
        CompletableFuture<RawResponse<Page<PurchaseOrder>>> list(PurchaseOrderQuery query);

        /** {@link PurchaseOrderServiceAsync#get}, with the response. */
        CompletableFuture<RawResponse<PurchaseOrder>> get(String purchaseOrderId);

        /** {@link PurchaseOrderServiceAsync#create}, with the response. */
        CompletableFuture<RawResponse<PurchaseOrder>> create(NewPurchaseOrder newPurchaseOrder);

        /** {@link PurchaseOrderServiceAsync#update}, with the response. */
        CompletableFuture<RawResponse<PurchaseOrder>> update(String purchaseOrderId, PurchaseOrderPatch patch);

        /** {@link PurchaseOrderServiceAsync#open}, with the response. */
        CompletableFuture<RawResponse<Void>> open(String purchaseOrderId);

        /** {@link PurchaseOrderServiceAsync#items}, with the response. */
        CompletableFuture<RawResponse<List<PurchaseOrderItem>>> items(String purchaseOrderId);

        /** {@link PurchaseOrderServiceAsync#addItem}, with the response. */
        CompletableFuture<RawResponse<PurchaseOrderItem>> addItem(String purchaseOrderId, NewPurchaseOrderItem newItem);

        /** {@link PurchaseOrderServiceAsync#getItem}, with the response. */
        CompletableFuture<RawResponse<PurchaseOrderItem>> getItem(String purchaseOrderId, String purchaseOrderItemId);

        /** {@link PurchaseOrderServiceAsync#updateItem}, with the response. */
        CompletableFuture<RawResponse<PurchaseOrderItem>> updateItem(String purchaseOrderId, String purchaseOrderItemId, PurchaseOrderItemPatch patch);

        /** {@link PurchaseOrderServiceAsync#deleteItem}, with the response. */
        CompletableFuture<RawResponse<Void>> deleteItem(String purchaseOrderId, String purchaseOrderItemId);

        /** {@link PurchaseOrderServiceAsync#goodsReceivedNotes}, with the response. */
        CompletableFuture<RawResponse<List<GoodsReceivedNote>>> goodsReceivedNotes(String purchaseOrderId);

        /** {@link PurchaseOrderServiceAsync#createGoodsReceivedNote}, with the response. */
        CompletableFuture<RawResponse<GoodsReceivedNote>> createGoodsReceivedNote(String purchaseOrderId, NewGoodsReceivedNote newNote);

        /** {@link PurchaseOrderServiceAsync#deleteGoodsReceivedNote}, with the response. */
        CompletableFuture<RawResponse<Void>> deleteGoodsReceivedNote(String purchaseOrderId, String goodsReceivedNoteId);

        /** {@link PurchaseOrderServiceAsync#attachGoodsReceivedNoteFile}, with the response. */
        CompletableFuture<RawResponse<Void>> attachGoodsReceivedNoteFile(String purchaseOrderId, String goodsReceivedNoteId, FileUpload file);
    }
}
