package io.github.payhawk4j.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;

/** {@code /api/v3/accounts/{accountId}/expense-categories}: every category, unpaged as on Payhawk. */
final class ExpenseCategoryEndpoints {

    private final JsonCodec json;

    ExpenseCategoryEndpoints(JsonCodec json) {
        this.json = json;
    }

    void register(Router router) {
        router.add("GET", "/api/v3/accounts/{accountId}/expense-categories", this::list);
    }

    private SandboxResponse list(SandboxRequest request) {
        List<ObjectNode> all = request.account().expenseCategoryStore().all();
        return json.response(200, json.listDocument(all, all.size()));
    }
}
