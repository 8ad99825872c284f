package io.github.payhawk4j.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;

/** {@code /api/v3/accounts/{accountId}/fund-accounts/{fundAccountId}/deposits}: list (paged) and get. */
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
        PageRequest page = PageRequest.of(request);
        List<ObjectNode> deposits = request.account().depositStore().all().stream()
                .filter(deposit -> fundAccountId.equals(deposit.path("fundAccountId").asText()))
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
