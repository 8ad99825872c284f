package io.github.payhawk4j.service;

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
import java.util.function.Consumer;

/**
 * Purchase orders of one account: list, get, create, update and open them; their line items; their goods
 * received notes and the notes' files. {@code client.async().purchaseOrders()} makes the same calls without
 * blocking. Thread-safe.
 *
 * <p>An interface to call, not to implement: later versions add methods to it.
 */
public interface PurchaseOrderService {

    /** This service with other settings for its calls (timeout, retries), layered over this view's. */
    PurchaseOrderService withOptions(Consumer<RequestOptions.Builder> options);

    /** The same calls, each returning the {@link RawResponse}: status, headers and request id with the value. */
    WithRawResponse withRawResponse();

    /** One page of purchase orders matching {@code query}. */
    Page<PurchaseOrder> list(PurchaseOrderQuery query);

    /**
     * Every purchase order matching {@code query}, fetched lazily page by page as you iterate or stream.
     * The query's filter is sent with every page; its {@code take} is the page size
     * (default {@value PurchaseOrderQuery#MAX_TAKE}) and its {@code skip} the first offset.
     */
    AutoPagingIterable<PurchaseOrder> listAll(PurchaseOrderQuery query);

    /** The purchase order {@code purchaseOrderId}, with its line items. */
    PurchaseOrder get(String purchaseOrderId);

    /** Creates a purchase order, with up to 100 line items, and returns it (a draft until {@link #open}). */
    PurchaseOrder create(NewPurchaseOrder newPurchaseOrder);

    /** Applies {@code patch} (note, supplier, currency) and returns the updated purchase order. */
    PurchaseOrder update(String purchaseOrderId, PurchaseOrderPatch patch);

    /**
     * Opens the purchase order: it leaves draft and can be matched against invoices. An order that is not a draft is
     * refused: the call fails with a {@code PayhawkException} of status 409.
     */
    void open(String purchaseOrderId);

    /** The line items of the purchase order. */
    List<PurchaseOrderItem> items(String purchaseOrderId);

    /** Adds a line item to the purchase order and returns it with its id and total. */
    PurchaseOrderItem addItem(String purchaseOrderId, NewPurchaseOrderItem newItem);

    /** The line item {@code purchaseOrderItemId} of the purchase order. */
    PurchaseOrderItem getItem(String purchaseOrderId, String purchaseOrderItemId);

    /** Applies {@code patch} to the line item and returns the updated item. */
    PurchaseOrderItem updateItem(String purchaseOrderId, String purchaseOrderItemId, PurchaseOrderItemPatch patch);

    /** Deletes the line item from the purchase order. */
    void deleteItem(String purchaseOrderId, String purchaseOrderItemId);

    /** The goods received notes of the purchase order. */
    List<GoodsReceivedNote> goodsReceivedNotes(String purchaseOrderId);

    /** Records goods received against the purchase order's items and returns the note. */
    GoodsReceivedNote createGoodsReceivedNote(String purchaseOrderId, NewGoodsReceivedNote newNote);

    /** Deletes the goods received note. */
    void deleteGoodsReceivedNote(String purchaseOrderId, String goodsReceivedNoteId);

    /** Attaches a file (delivery note, scan) to the goods received note as a {@code multipart/form-data} upload. */
    void attachGoodsReceivedNoteFile(String purchaseOrderId, String goodsReceivedNoteId, FileUpload file);

    /** The calls of {@link PurchaseOrderService}, each returning the response with its value. */
    interface WithRawResponse {

        /** {@link PurchaseOrderService#list}, with the response. */
        RawResponse<Page<PurchaseOrder>> list(PurchaseOrderQuery query);

        /** {@link PurchaseOrderService#get}, with the response. */
        RawResponse<PurchaseOrder> get(String purchaseOrderId);

        /** {@link PurchaseOrderService#create}, with the response. */
        RawResponse<PurchaseOrder> create(NewPurchaseOrder newPurchaseOrder);

        /** {@link PurchaseOrderService#update}, with the response. */
        RawResponse<PurchaseOrder> update(String purchaseOrderId, PurchaseOrderPatch patch);

        /** {@link PurchaseOrderService#open}, with the response. */
        RawResponse<Void> open(String purchaseOrderId);

        /** {@link PurchaseOrderService#items}, with the response. */
        RawResponse<List<PurchaseOrderItem>> items(String purchaseOrderId);

        /** {@link PurchaseOrderService#addItem}, with the response. */
        RawResponse<PurchaseOrderItem> addItem(String purchaseOrderId, NewPurchaseOrderItem newItem);

        /** {@link PurchaseOrderService#getItem}, with the response. */
        RawResponse<PurchaseOrderItem> getItem(String purchaseOrderId, String purchaseOrderItemId);

        /** {@link PurchaseOrderService#updateItem}, with the response. */
        RawResponse<PurchaseOrderItem> updateItem(String purchaseOrderId, String purchaseOrderItemId, PurchaseOrderItemPatch patch);

        /** {@link PurchaseOrderService#deleteItem}, with the response. */
        RawResponse<Void> deleteItem(String purchaseOrderId, String purchaseOrderItemId);

        /** {@link PurchaseOrderService#goodsReceivedNotes}, with the response. */
        RawResponse<List<GoodsReceivedNote>> goodsReceivedNotes(String purchaseOrderId);

        /** {@link PurchaseOrderService#createGoodsReceivedNote}, with the response. */
        RawResponse<GoodsReceivedNote> createGoodsReceivedNote(String purchaseOrderId, NewGoodsReceivedNote newNote);

        /** {@link PurchaseOrderService#deleteGoodsReceivedNote}, with the response. */
        RawResponse<Void> deleteGoodsReceivedNote(String purchaseOrderId, String goodsReceivedNoteId);

        /** {@link PurchaseOrderService#attachGoodsReceivedNoteFile}, with the response. */
        RawResponse<Void> attachGoodsReceivedNoteFile(String purchaseOrderId, String goodsReceivedNoteId, FileUpload file);
    }
}
