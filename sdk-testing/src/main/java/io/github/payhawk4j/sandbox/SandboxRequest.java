package io.github.payhawk4j.sandbox;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One HTTP request to the sandbox API after routing: decoded query parameters, the path variables of
 * the matched route and, for account-scoped paths, the account it addresses.
 */
record SandboxRequest(
        String method,
        String path,
        Map<String, String> query,
        Map<String, List<String>> headers,
        byte[] body,
        Map<String, String> pathVariables,
        SandboxAccount account) {

    /** The value of the path variable {@code name} of the matched route. */
    String pathVariable(String name) {
        String value = pathVariables.get(name);
        if (value == null) {
            throw new IllegalStateException("Route has no path variable " + name);
        }
        return value;
    }

    /** The first value of a header, matched case-insensitively. */
    Optional<String> header(String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        return headers.entrySet().stream()
                .filter(entry -> entry.getKey().toLowerCase(Locale.ROOT).equals(wanted))
                .flatMap(entry -> entry.getValue().stream())
                .findFirst();
    }

    /** The decoded query parameter, if present and not blank. */
    Optional<String> queryParameter(String name) {
        return Optional.ofNullable(query.get(name)).filter(value -> !value.isBlank());
    }

    SandboxRequest withRoute(Map<String, String> variables, SandboxAccount resolvedAccount) {
        return new SandboxRequest(method, path, query, headers, body, variables, resolvedAccount);
    }
}
