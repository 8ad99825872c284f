package io.github.payhawk4j.operation;

import io.github.payhawk4j.http.ApiRequest;
import io.github.payhawk4j.http.ApiTransport;
import io.github.payhawk4j.http.ResponseReader;
import io.github.payhawk4j.model.purchaseorder.PurchaseOrder;

/** The purchase order operations of one account. */
final class PurchaseOrderOperations {

    private final String accountId;
    private final ResponseReader<PurchaseOrder> purchaseOrder;

    PurchaseOrderOperations(ApiTransport transport, String accountId) {
        this.accountId = accountId;
        this.purchaseOrder = transport.json(PurchaseOrder.class);
    }

    Operation<PurchaseOrder> get(String purchaseOrderId) {
        return new Operation<>(ApiRequest.to("GET", "/accounts/{accountId}/purchase-orders/{purchaseOrderId}", accountId,
                purchaseOrderId), purchaseOrder);
    }
}
