package io.github.payhawk4j.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.function.Predicate;

/** {@code /api/v3/accounts/{accountId}/fund-accounts/{fundAccountId}/deposits}: list (paged, with a {@code $filter} on {@code date}) and get. */
final class DepositEndpoints {

    private static final String DEPOSITS = "/api/v3/accounts/{accountId}/fund-accounts/{fundAccountId}/deposits";

    private final JsonCodec json;

    DepositEndpoints(JsonCodec json) {
        this.json = json;
    }

    void register(Router router) {
        router.add("GET", DEPOSITS, this::list)
                .add("GET", DEPOSITS + "/{depositId}", this::get);
    }

    private SandboxResponse list(SandboxRequest request) {
        String fundAccountId = request.pathVariable("fundAccountId");
        Predicate<JsonNode> filter = json.queryJson(request, "$filter").map(DocumentFilter::compile).orElse(deposit -> true);
        PageRequest page = PageRequest.of(request);
        List<ObjectNode> deposits = request.account().depositStore().all().stream()
                .filter(deposit -> fundAccountId.equals(deposit.path("fundAccountId").asText()))
                .filter(filter)
                .toList();
        return json.response(200, json.listDocument(page.slice(deposits), deposits.size()));
    }

    private SandboxResponse get(SandboxRequest request) {
        String fundAccountId = request.pathVariable("fundAccountId");
        String depositId = request.pathVariable("depositId");
        ObjectNode deposit = request.account().depositStore().find(depositId)
                .filter(found -> fundAccountId.equals(found.path("fundAccountId").asText()))
                .orElseThrow(() -> RefusedRequestException.notFound("Deposit '" + depositId + "' not found in fund account '"
                        + fundAccountId + "'"));
        return json.response(200, deposit);
    }
}
