package io.github.payhawk4j.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Predicate;

/**
 * {@code /api/v3/accounts/{accountId}/fund-accounts}: list (unpaged), get, and the bank statement (paged, with
 * a {@code $filter} on {@code date} and {@code $orderBy} {@code [{"date":"asc"|"desc"}]}).
 */
final class FundAccountEndpoints {

    private static final String FUND_ACCOUNTS = "/api/v3/accounts/{accountId}/fund-accounts";

    private final JsonCodec json;

    FundAccountEndpoints(JsonCodec json) {
        this.json = json;
    }

    void register(Router router) {
        router.add("GET", FUND_ACCOUNTS, this::list)
                .add("GET", FUND_ACCOUNTS + "/{fundAccountId}", this::get)
                .add("GET", FUND_ACCOUNTS + "/{fundAccountId}/bank-statement", this::bankStatement);
    }

    private SandboxResponse list(SandboxRequest request) {
        List<ObjectNode> all = request.account().fundAccountStore().all();
        return json.response(200, json.listDocument(all, all.size()));
    }

    private SandboxResponse get(SandboxRequest request) {
        return json.response(200, fundAccount(request));
    }

    private SandboxResponse bankStatement(SandboxRequest request) {
        String fundAccountId = fundAccount(request).path("id").asText();
        Predicate<JsonNode> filter = json.queryJson(request, "$filter").map(DocumentFilter::compile).orElse(line -> true);
        boolean newestFirst = json.queryJson(request, "$orderBy").map(FundAccountEndpoints::newestFirst).orElse(false);
        PageRequest page = PageRequest.of(request);
        List<ObjectNode> lines = new ArrayList<>(request.account().bankStatement(fundAccountId).stream().filter(filter).toList());
        if (newestFirst) {
            Collections.reverse(lines);
        }
        ObjectNode document = json.object();
        document.set("lines", json.array().addAll(page.slice(lines)));
        document.put("total", lines.size());
        return json.response(200, document);
    }

    /** {@code [{"date":"desc"}]} is newest first, {@code [{"date":"asc"}]} oldest first; anything else a 400. */
    private static boolean newestFirst(JsonNode orderBy) {
        if (!orderBy.isArray() || orderBy.size() != 1 || orderBy.get(0).size() != 1
                || !orderBy.get(0).has("date")) {
            throw RefusedRequestException.badRequest("$orderBy must be [{\"date\":\"asc\"}] or [{\"date\":\"desc\"}]");
        }
        String direction = orderBy.get(0).path("date").asText();
        return switch (direction) {
            case "asc" -> false;
            case "desc" -> true;
            default -> throw RefusedRequestException.badRequest("$orderBy date must be asc or desc, was '" + direction + "'");
        };
    }

    private static ObjectNode fundAccount(SandboxRequest request) {
        String fundAccountId = request.pathVariable("fundAccountId");
        return request.account().fundAccountStore().find(fundAccountId)
                .orElseThrow(() -> RefusedRequestException.notFound("Fund account '" + fundAccountId + "' not found"));
    }
}
