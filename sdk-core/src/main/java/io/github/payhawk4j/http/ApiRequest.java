package io.github.payhawk4j.http;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One call to the Payhawk API, before authentication and transport: method, path under
 * {@code /api/v3}, query parameters in order, an optional body, and the caller's per-call overrides
 * of the client's timeout and retries. Immutable.
 *
 * @param method      HTTP method, upper case
 * @param path        absolute, already percent-encoded path, e.g. {@code /api/v3/accounts/acme/expenses}
 * @param pathTemplate the path under {@code /api/v3} with ids as placeholders, e.g. {@code /accounts/{accountId}/expenses}:
 *                    what listeners are told, so never an id
 * @param query       query parameters in the order they are sent, not yet encoded
 * @param body        request body bytes, or null for none
 * @param contentType content type of the body, or null for none
 * @param accept      the media type asked for in {@code Accept}, {@value #JSON} unless the endpoint serves another
 * @param timeout     how long each attempt may take, or null for the client's request timeout
 * @param maxRetries  retries after the first attempt, or null for the client's setting
 */
public record ApiRequest(String method, String path, String pathTemplate, Map<String, String> query, byte[] body, String contentType,
                         String accept, Duration timeout, Integer maxRetries) {

    /** The media type of Payhawk's request and response bodies. */
    public static final String JSON = "application/json";

    private static final String API_ROOT = "/api/v3";

    /** Validates and copies the parts. */
    public ApiRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(pathTemplate, "pathTemplate");
        Objects.requireNonNull(accept, "accept");
        query = query == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(query));
        if (timeout != null && (timeout.isNegative() || timeout.isZero())) {
            throw new IllegalArgumentException("timeout must be positive, was " + timeout);
        }
        if (maxRetries != null && maxRetries < 0) {
            throw new IllegalArgumentException("maxRetries must be 0 or more, was " + maxRetries);
        }
    }

    /** A request for JSON with the client's timeout and retries. */
    public ApiRequest(String method, String path, Map<String, String> query, byte[] body, String contentType) {
        this(method, path, templateOf(path), query, body, contentType, JSON, null, null);
    }

    /** A request for {@code accept} with the client's timeout and retries. */
    public ApiRequest(String method, String path, Map<String, String> query, byte[] body, String contentType,
                      String accept) {
        this(method, path, templateOf(path), query, body, contentType, accept, null, null);
    }

    /**
     * A request without body to {@code /api/v3/} followed by the given path segments, each percent-encoded.
     * The segments are the template too, so this is for paths without ids; operations with ids use {@link #to}.
     *
     * @throws IllegalArgumentException if a segment is null, empty, {@code "."} or {@code ".."}: such an id
     *                                  would change which endpoint is called
     */
    public static ApiRequest of(String method, String... segments) {
        return new ApiRequest(method, pathOf(segments), Map.of(), null, null, JSON);
    }

    /**
     * A request without body to {@code /api/v3} followed by {@code template}, whose {@code {placeholders}} are
     * replaced by {@code ids} in order, each percent-encoded, e.g.
     * {@code to("GET", "/accounts/{accountId}/expenses/{expenseId}", "acme", "1207")}. The template, never the
     * ids, is what listeners are told.
     *
     * @throws IllegalArgumentException if an id is null, empty, {@code "."} or {@code ".."}, or the number of ids
     *                                  is not the number of placeholders
     */
    public static ApiRequest to(String method, String template, String... ids) {
        if (!template.startsWith("/")) {
            throw new IllegalArgumentException("a path template starts with /, was " + template);
        }
        String[] segments = template.substring(1).split("/", -1);
        int next = 0;
        for (int i = 0; i < segments.length; i++) {
            if (segments[i].startsWith("{") && segments[i].endsWith("}")) {
                if (next == ids.length) {
                    throw new IllegalArgumentException("more placeholders than ids in " + template);
                }
                segments[i] = ids[next++];
            }
        }
        if (next != ids.length) {
            throw new IllegalArgumentException("more ids than placeholders in " + template);
        }
        return new ApiRequest(method, pathOf(segments), template, Map.of(), null, null, JSON, null, null);
    }

    /** This request with one more query parameter (skipped when {@code value} is null). */
    public ApiRequest withQuery(String name, String value) {
        if (value == null) {
            return this;
        }
        Map<String, String> more = new LinkedHashMap<>(query);
        more.put(name, value);
        return new ApiRequest(method, path, pathTemplate, more, body, contentType, accept, timeout, maxRetries);
    }

    /** This request with a body of the given content type. */
    public ApiRequest withBody(byte[] newBody, String newContentType) {
        return new ApiRequest(method, path, pathTemplate, query, newBody, newContentType, accept, timeout, maxRetries);
    }

    /** This request asking for {@code mediaType} instead of JSON, for the few endpoints that serve another. */
    public ApiRequest withAccept(String mediaType) {
        return new ApiRequest(method, path, pathTemplate, query, body, contentType, mediaType, timeout, maxRetries);
    }

    /** This request with its own timeout per attempt instead of the client's (null: the client's). */
    public ApiRequest withTimeout(Duration newTimeout) {
        return new ApiRequest(method, path, pathTemplate, query, body, contentType, accept, newTimeout, maxRetries);
    }

    /** This request with its own number of retries instead of the client's (null: the client's). */
    public ApiRequest withMaxRetries(Integer newMaxRetries) {
        return new ApiRequest(method, path, pathTemplate, query, body, contentType, accept, timeout, newMaxRetries);
    }

    /**
     * Whether repeating this request cannot change the outcome, so it may be retried after any
     * transient failure. Payhawk has no idempotency keys, so POST and PATCH are not.
     */
    public boolean idempotent() {
        return !method.equals("POST") && !method.equals("PATCH");
    }

    /** Path and encoded query, as sent, e.g. {@code /api/v3/accounts/a/expenses?%24take=10}. */
    public String pathAndQuery() {
        if (query.isEmpty()) {
            return path;
        }
        StringBuilder text = new StringBuilder(path).append('?');
        query.forEach((name, value) -> text.append(encode(name)).append('=').append(encode(value)).append('&'));
        text.setLength(text.length() - 1);
        return text.toString();
    }

    private static String pathOf(String... segments) {
        StringBuilder path = new StringBuilder(API_ROOT);
        for (String segment : segments) {
            if (segment == null || segment.isEmpty()) {
                throw new IllegalArgumentException("a path part is empty; ids passed to the client must be non-empty");
            }
            // Percent-encoding cannot protect these: servers and proxies decode %2E to "." before resolving
            // dot segments, so "expenses/.." would reach the account and "accounts/../expenses/x" another endpoint.
            if (segment.equals(".") || segment.equals("..")) {
                throw new IllegalArgumentException("\"" + segment + "\" is not a valid id: as a path segment it would"
                        + " change which endpoint is called");
            }
            path.append('/').append(encode(segment));
        }
        return path.toString();
    }

    private static String templateOf(String path) {
        return path.startsWith(API_ROOT) ? path.substring(API_ROOT.length()) : path;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Override
    public String toString() {
        return method + " " + path;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ApiRequest that && method.equals(that.method) && path.equals(that.path)
                && pathTemplate.equals(that.pathTemplate)
                && query.equals(that.query) && java.util.Arrays.equals(body, that.body)
                && Objects.equals(contentType, that.contentType) && accept.equals(that.accept)
                && Objects.equals(timeout, that.timeout) && Objects.equals(maxRetries, that.maxRetries);
    }

    @Override
    public int hashCode() {
        return Objects.hash(method, path, pathTemplate, query, java.util.Arrays.hashCode(body), contentType, accept, timeout,
                maxRetries);
    }
}
