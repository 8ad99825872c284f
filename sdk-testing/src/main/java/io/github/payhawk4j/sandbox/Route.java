package io.github.payhawk4j.sandbox;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A method and a path template such as {@code /api/v3/accounts/{accountId}/expenses/{expenseId}},
 * with the endpoint that serves it.
 */
record Route(String method, List<String> segments, boolean needsApiKey, Endpoint endpoint) {

    static Route of(String method, String template, boolean needsApiKey, Endpoint endpoint) {
        return new Route(method, List.of(template.substring(1).split("/")), needsApiKey, endpoint);
    }

    /** The path variables when {@code pathSegments} fits this template, else empty. */
    Optional<Map<String, String>> match(List<String> pathSegments) {
        if (pathSegments.size() != segments.size()) {
            return Optional.empty();
        }
        Map<String, String> variables = new HashMap<>();
        for (int i = 0; i < segments.size(); i++) {
            String expected = segments.get(i);
            String actual = pathSegments.get(i);
            if (expected.startsWith("{") && expected.endsWith("}")) {
                if (actual.isEmpty()) {
                    return Optional.empty();
                }
                variables.put(expected.substring(1, expected.length() - 1), actual);
            } else if (!expected.equals(actual)) {
                return Optional.empty();
            }
        }
        return Optional.of(Map.copyOf(variables));
    }
}
