package io.github.payhawk4j.sandbox;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;

/**
 * What every request to the sandbox API passes through, in Payhawk's order: API-key authentication
 * (401), the per-key rate limit (429 with {@code Retry-After}), routing (404), the account in the
 * path (404 unknown, 403 not granted to the key), then the endpoint. Every refusal is Payhawk's
 * error document {@code {"code","message"}}.
 */
final class ApiGateway implements HttpHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ApiGateway.class);
    private static final int MAX_BODY_BYTES = 1024 * 1024;
    private static final String ANONYMOUS = "anonymous";

    private final Router router;
    private final ApiKeys apiKeys;
    private final PerKeyRateLimit limiter;
    private final Map<String, SandboxAccount> accounts;
    private final Set<String> groupIds;
    private final JsonCodec json;

    /**
     * A gateway; {@code limiter} is {@code null} when the rate limit is switched off. The groups hold all
     * {@code accounts}, so only a key that may use every account may use them.
     */
    ApiGateway(Router router, ApiKeys apiKeys, PerKeyRateLimit limiter, Map<String, SandboxAccount> accounts,
               Set<String> groupIds, JsonCodec json) {
        this.router = router;
        this.apiKeys = apiKeys;
        this.limiter = limiter;
        this.accounts = Map.copyOf(accounts);
        this.groupIds = Set.copyOf(groupIds);
        this.json = json;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            SandboxResponse response;
            try {
                response = respond(read(exchange));
            } catch (RefusedRequestException e) {
                response = error(e);
            }
            write(exchange, response);
        }
    }

    /** The answer to one request. */
    SandboxResponse respond(SandboxRequest request) {
        Optional<Router.Match> match = router.find(request.method(), request.path());
        boolean needsApiKey = match.map(found -> found.route().needsApiKey()).orElse(true);
        String key;
        try {
            key = needsApiKey ? apiKeys.authenticate(request) : ApiKeys.presentedKey(request).orElse(ANONYMOUS);
        } catch (RefusedRequestException e) {
            return error(e);
        }
        PerKeyRateLimit.Decision decision = limiter == null ? null : limiter.acquire(key);
        if (decision != null && !decision.admitted()) {
            return error(new RefusedRequestException(429, "too_many_requests", "Rate limit of " + limiter.limit()
                    + " requests per " + limiter.window().toMillis() + " ms exceeded; retry after "
                    + decision.retryAfterSeconds() + " s"))
                    .withHeader("Retry-After", Long.toString(decision.retryAfterSeconds()))
                    .withHeader("RateLimit-Remaining", "0");
        }
        SandboxResponse response = dispatch(request, match, key);
        return decision == null ? response
                : response.withHeader("RateLimit-Remaining", Integer.toString(decision.remaining()));
    }

    private SandboxResponse dispatch(SandboxRequest request, Optional<Router.Match> match, String key) {
        try {
            if (match.isEmpty()) {
                String message = router.knowsPath(request.path())
                        ? request.method() + " is not supported on " + request.path()
                        : "No such endpoint: " + request.method() + " " + request.path();
                throw RefusedRequestException.notFound(message);
            }
            Map<String, String> variables = match.get().variables();
            SandboxAccount account = null;
            String accountId = variables.get("accountId");
            if (accountId != null) {
                account = accounts.get(accountId);
                if (account == null) {
                    throw RefusedRequestException.notFound("Account '" + accountId + "' not found");
                }
                if (!apiKeys.mayAccess(key, accountId)) {
                    throw new RefusedRequestException(403, "forbidden", "This API key has no access to account '" + accountId + "'");
                }
            }
            String groupId = variables.get("groupId");
            if (groupId != null) {
                if (!groupIds.contains(groupId)) {
                    throw RefusedRequestException.notFound("Group '" + groupId + "' not found");
                }
                if (!accounts.keySet().stream().allMatch(id -> apiKeys.mayAccess(key, id))) {
                    throw new RefusedRequestException(403, "forbidden", "This API key has no access to group '" + groupId + "'");
                }
            }
            return match.get().route().endpoint().handle(request.withRoute(variables, account));
        } catch (RefusedRequestException e) {
            return error(e);
        } catch (NoSuchElementException e) {
            return error(RefusedRequestException.notFound(e.getMessage()));
        } catch (RuntimeException e) {
            LOG.warn("Sandbox endpoint {} {} failed", request.method(), request.path(), e);
            return error(new RefusedRequestException(500, "internal_error", "The sandbox failed: " + e));
        }
    }

    private SandboxResponse error(RefusedRequestException e) {
        return json.response(e.status(), json.object().put("code", e.code()).put("message", e.getMessage()));
    }

    private static SandboxRequest read(HttpExchange exchange) throws IOException {
        URI uri = exchange.getRequestURI();
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readNBytes(MAX_BODY_BYTES + 1);
        }
        if (body.length > MAX_BODY_BYTES) {
            throw RefusedRequestException.badRequest("Request body is larger than " + MAX_BODY_BYTES + " bytes");
        }
        Map<String, List<String>> headers = new HashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, List.copyOf(values)));
        return new SandboxRequest(exchange.getRequestMethod(), uri.getRawPath(), query(uri.getRawQuery()),
                Map.copyOf(headers), body, Map.of(), null);
    }

    private static Map<String, String> query(String rawQuery) {
        Map<String, String> parameters = new HashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return parameters;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            try {
                parameters.putIfAbsent(URLDecoder.decode(name, StandardCharsets.UTF_8),
                        URLDecoder.decode(value, StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                throw RefusedRequestException.badRequest("Malformed percent-encoding in query parameter '" + name + "'");
            }
        }
        return parameters;
    }

    private static void write(HttpExchange exchange, SandboxResponse response) throws IOException {
        if (response.contentType() != null) {
            exchange.getResponseHeaders().set("Content-Type", response.contentType());
        }
        response.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
        byte[] body = response.body();
        exchange.sendResponseHeaders(response.status(), body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            exchange.getResponseBody().write(body);
        }
    }
}
