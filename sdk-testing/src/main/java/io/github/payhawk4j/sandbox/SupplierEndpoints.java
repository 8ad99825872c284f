package io.github.payhawk4j.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.function.Predicate;

/**
 * {@code /api/v3/accounts/{accountId}/suppliers}: list (optional {@code $filter}, e.g.
 * {@code {"status":{"$equal":"active"}}}, and paging) and get.
 */
final class SupplierEndpoints {

    private static final String SUPPLIERS = "/api/v3/accounts/{accountId}/suppliers";

    private final JsonCodec json;

    SupplierEndpoints(JsonCodec json) {
        this.json = json;
    }

    void register(Router router) {
        router.add("GET", SUPPLIERS, this::list)
                .add("GET", SUPPLIERS + "/{supplierId}", this::get);
    }

    private SandboxResponse list(SandboxRequest request) {
        Predicate<JsonNode> filter = json.queryJson(request, "$filter").map(DocumentFilter::compile)
                .orElse(supplier -> true);
        PageRequest page = PageRequest.of(request);
        List<ObjectNode> matching = request.account().supplierStore().all().stream().filter(filter).toList();
        return json.response(200, json.listDocument(page.slice(matching), matching.size()));
    }

    private SandboxResponse get(SandboxRequest request) {
        String supplierId = request.pathVariable("supplierId");
        ObjectNode supplier = request.account().supplierStore().find(supplierId)
                .orElseThrow(() -> RefusedRequestException.notFound("Supplier '" + supplierId + "' not found"));
        return json.response(200, supplier);
    }
}
