package io.github.payhawk4j.service;

import io.github.payhawk4j.model.purchaseorder.PurchaseOrder;

import java.util.function.Consumer;

/**
 * Purchase orders of one account, e.g. after a {@code purchase-order.status.changed} event.
 * {@code client.async().purchaseOrders()} makes the same calls without blocking. Thread-safe.
 *
 * <p>An interface to call, not to implement: later versions add methods to it.
 */
public interface PurchaseOrderService {

    /** This service with other settings for its calls (timeout, retries), layered over this view's. */
    PurchaseOrderService withOptions(Consumer<RequestOptions.Builder> options);

    /** The same calls, each returning the {@link RawResponse}: status, headers and request id with the value. */
    WithRawResponse withRawResponse();

    /** The purchase order {@code purchaseOrderId}, with its line items. */
    PurchaseOrder get(String purchaseOrderId);

    /** The calls of {@link PurchaseOrderService}, each returning the response with its value. */
    interface WithRawResponse {

        /** {@link PurchaseOrderService#get}, with the response. */
        RawResponse<PurchaseOrder> get(String purchaseOrderId);
    }
}
