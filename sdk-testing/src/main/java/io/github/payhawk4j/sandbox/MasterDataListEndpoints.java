package io.github.payhawk4j.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code GET} and {@code PUT /api/v3/accounts/{accountId}/(account-codes|tax-rates|amortizations|external-teams)}:
 * the whole list, and its replacement by a JSON array whose items are checked as the spec's schemas say (400 on an
 * unknown, missing or mistyped field, or on two items with the same code or external id).
 */
final class MasterDataListEndpoints {

    private final JsonCodec json;

    MasterDataListEndpoints(JsonCodec json) {
        this.json = json;
    }

    void register(Router router) {
        for (MasterDataList kind : MasterDataList.ALL) {
            String path = "/api/v3/accounts/{accountId}/" + kind.path();
            router.add("GET", path, request -> list(request.account().masterDataLists().list(kind)))
                    .add("PUT", path, request -> list(request.account().masterDataLists().replace(kind, items(request, kind))));
        }
    }

    private SandboxResponse list(List<ObjectNode> items) {
        return json.response(200, json.listDocument(items, items.size()));
    }

    private List<ObjectNode> items(SandboxRequest request, MasterDataList kind) {
        JsonNode body = json.parseRequest(request.body(), "Request body");
        if (!body.isArray()) {
            throw RefusedRequestException.badRequest("The " + kind.what() + "s must be a JSON array");
        }
        List<ObjectNode> items = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (JsonNode item : body) {
            RequestFields fields = RequestFields.of(item, kind.what(), kind.allowed());
            kind.check().accept(fields);
            String key = kind.key() == null ? null : fields.optionalText(kind.key()).orElse(null);
            if (key != null && !keys.add(key)) {
                throw RefusedRequestException.badRequest("Two " + kind.what() + "s have the " + kind.key() + " '" + key + "'");
            }
            items.add(fields.body());
        }
        return items;
    }
}
