package io.github.payhawk4j.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Map;

/**
 * {@code /api/v3/accounts} and {@code /api/v3/accounts/{accountId}}: the accounts the presented key may
 * access (unpaged, as on Payhawk) and one of them.
 */
final class AccountEndpoints {

    private final JsonCodec json;
    private final Map<String, SandboxAccount> accounts;
    private final ApiKeys apiKeys;

    AccountEndpoints(JsonCodec json, Map<String, SandboxAccount> accounts, ApiKeys apiKeys) {
        this.json = json;
        this.accounts = Map.copyOf(accounts);
        this.apiKeys = apiKeys;
    }

    void register(Router router) {
        router.add("GET", "/api/v3/accounts", this::list)
                .add("GET", "/api/v3/accounts/{accountId}", this::get);
    }

    private SandboxResponse list(SandboxRequest request) {
        String key = apiKeys.authenticate(request);
        List<ObjectNode> reachable = accounts.values().stream()
                .filter(account -> apiKeys.mayAccess(key, account.id()))
                .sorted((a, b) -> a.id().compareTo(b.id()))
                .map(SandboxAccount::accountDocument)
                .toList();
        return json.response(200, json.listDocument(reachable, reachable.size()));
    }

    private SandboxResponse get(SandboxRequest request) {
        return json.response(200, request.account().accountDocument());
    }
}
