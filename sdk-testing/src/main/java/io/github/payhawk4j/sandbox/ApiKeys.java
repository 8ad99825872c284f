package io.github.payhawk4j.sandbox;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The API keys the sandbox accepts and the accounts each may reach. A key is sent as
 * {@code X-Payhawk-ApiKey: <key>} or {@code Authorization: Bearer <key>}.
 */
final class ApiKeys {

    /** Accounts reachable by a key; an empty set means every account. */
    private final Map<String, Set<String>> accountsByKey;

    ApiKeys(Map<String, Set<String>> accountsByKey) {
        this.accountsByKey = Map.copyOf(accountsByKey);
    }

    /** The key the request presents, whether or not it is valid. */
    static Optional<String> presentedKey(SandboxRequest request) {
        Optional<String> apiKeyHeader = request.header("X-Payhawk-ApiKey").map(String::trim)
                .filter(value -> !value.isEmpty());
        if (apiKeyHeader.isPresent()) {
            return apiKeyHeader;
        }
        return request.header("Authorization")
                .map(String::trim)
                .filter(value -> value.regionMatches(true, 0, "Bearer ", 0, 7))
                .map(value -> value.substring(7).trim())
                .filter(value -> !value.isEmpty());
    }

    /** The request's valid key, or a 401 error. */
    String authenticate(SandboxRequest request) {
        String key = presentedKey(request).orElseThrow(() -> new RefusedRequestException(401, "unauthorized",
                "Missing API key: send it in the X-Payhawk-ApiKey header"));
        for (String known : accountsByKey.keySet()) {
            // Constant-time comparison, as a real server would do.
            if (MessageDigest.isEqual(known.getBytes(StandardCharsets.UTF_8), key.getBytes(StandardCharsets.UTF_8))) {
                return known;
            }
        }
        throw new RefusedRequestException(401, "unauthorized", "Invalid API key");
    }

    /** Whether {@code key} may use {@code accountId}. */
    boolean mayAccess(String key, String accountId) {
        Set<String> accounts = accountsByKey.get(key);
        return accounts.isEmpty() || accounts.contains(accountId);
    }
}
