package io.github.payhawk4j.service.async;

import io.github.payhawk4j.model.purchaseorder.PurchaseOrder;
import io.github.payhawk4j.service.RawResponse;
import io.github.payhawk4j.service.RequestOptions;

import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The calls of {@link io.github.payhawk4j.service.PurchaseOrderService}, without blocking: each future
 * completes with the same value or fails with the same {@code PayhawkException}. Get it from
 * {@code client.async().purchaseOrders()}. Thread-safe.
 *
 * <p>An interface to call, not to implement: later versions add methods to it.
 */
public interface PurchaseOrderServiceAsync {

    /** This service with other settings for its calls (timeout, retries), layered over this view's. */
    PurchaseOrderServiceAsync withOptions(Consumer<RequestOptions.Builder> options);

    /** The same calls, each returning the {@link RawResponse}: status, headers and request id with the value. */
    WithRawResponse withRawResponse();

    /** The purchase order {@code purchaseOrderId}, with its line items. */
    CompletableFuture<PurchaseOrder> get(String purchaseOrderId);

    /** The calls of {@link PurchaseOrderServiceAsync}, each returning the response with its value. */
    interface WithRawResponse {

        /** {@link PurchaseOrderServiceAsync#get}, with the response. */
        CompletableFuture<RawResponse<PurchaseOrder>> get(String purchaseOrderId);
    }
}
