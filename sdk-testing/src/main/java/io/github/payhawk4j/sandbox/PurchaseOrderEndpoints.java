package io.github.payhawk4j.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.function.Predicate;

/** {@code /api/v3/accounts/{accountId}/purchase-orders}: list ({@code $filter}, paging) and get. */
final class PurchaseOrderEndpoints {

    private static final String PURCHASE_ORDERS = "/api/v3/accounts/{accountId}/purchase-orders";

    private final JsonCodec json;

    PurchaseOrderEndpoints(JsonCodec json) {
        this.json = json;
    }

    void register(Router router) {
        router.add("GET", PURCHASE_ORDERS, this::list)
                .add("GET", PURCHASE_ORDERS + "/{purchaseOrderId}", this::get);
    }

    private SandboxResponse list(SandboxRequest request) {
        Predicate<JsonNode> filter = json.queryJson(request, "$filter").map(DocumentFilter::compile)
                .orElse(order -> true);
        PageRequest page = PageRequest.of(request);
        List<ObjectNode> matching = request.account().purchaseOrderStore().all().stream().filter(filter).toList();
        return json.response(200, json.listDocument(page.slice(matching), matching.size()));
    }

    private SandboxResponse get(SandboxRequest request) {
        String purchaseOrderId = request.pathVariable("purchaseOrderId");
        ObjectNode purchaseOrder = request.account().purchaseOrderStore().find(purchaseOrderId)
                .orElseThrow(() -> RefusedRequestException.notFound("Purchase order '" + purchaseOrderId + "' not found"));
        return json.response(200, purchaseOrder);
    }
}
