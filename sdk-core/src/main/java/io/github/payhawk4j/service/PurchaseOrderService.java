package io.github.payhawk4j.service;

import io.github.payhawk4j.http.ApiRequest;
import io.github.payhawk4j.http.ApiTransport;
import io.github.payhawk4j.http.ResponseReader;
import io.github.payhawk4j.model.purchaseorder.PurchaseOrder;

import java.util.concurrent.CompletableFuture;

/** Purchase orders of one account, e.g. after a {@code purchase-order.status.changed} event. Thread-safe. */
public final class PurchaseOrderService {

    private final ApiTransport transport;
    private final String accountId;
    private final ResponseReader<PurchaseOrder> purchaseOrder;

    /** Creates the service for {@code accountId}; the client does this for you. */
    public PurchaseOrderService(ApiTransport transport, String accountId) {
        this.transport = transport;
        this.accountId = accountId;
        this.purchaseOrder = transport.json(PurchaseOrder.class);
    }

    /** The purchase order {@code purchaseOrderId}, with its line items. */
    public PurchaseOrder get(String purchaseOrderId) {
        return transport.call(ApiRequest.of("GET", "accounts", accountId, "purchase-orders", purchaseOrderId), purchaseOrder);
    }

    /** Async twin of {@link #get}. */
    public CompletableFuture<PurchaseOrder> getAsync(String purchaseOrderId) {
        return transport.callAsync(ApiRequest.of("GET", "accounts", accountId, "purchase-orders", purchaseOrderId), purchaseOrder);
    }
}
