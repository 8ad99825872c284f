package io.github.payhawk4j.http;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One call to the Payhawk API, before authentication and transport: method, path under
 * {@code /api/v3}, query parameters in order, and an optional body. Immutable.
 *
 * @param method      HTTP method, upper case
 * @param path        absolute, already percent-encoded path, e.g. {@code /api/v3/accounts/acme/expenses}
 * @param query       query parameters in the order they are sent, not yet encoded
 * @param body        request body bytes, or null for none
 * @param contentType content type of the body, or null for none
 * @param accept      the media type asked for in {@code Accept}, {@value #JSON} unless the endpoint serves another
 */
public record ApiRequest(String method, String path, Map<String, String> query, byte[] body, String contentType,
                         String accept) {

    /** The media type of Payhawk's request and response bodies. */
    public static final String JSON = "application/json";

    private static final String API_ROOT = "/api/v3";

    /** Validates and copies the parts. */
    public ApiRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(accept, "accept");
        query = query == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(query));
    }

    /**
     * A request without body to {@code /api/v3/} followed by the given path segments, each percent-encoded.
     *
     * @throws IllegalArgumentException if a segment is null, empty, {@code "."} or {@code ".."}: such an id
     *                                  would change which endpoint is called
     */
    public static ApiRequest of(String method, String... segments) {
        return new ApiRequest(method, pathOf(segments), Map.of(), null, null, JSON);
    }

    /** This request with one more query parameter (skipped when {@code value} is null). */
    public ApiRequest withQuery(String name, String value) {
        if (value == null) {
            return this;
        }
        Map<String, String> more = new LinkedHashMap<>(query);
        more.put(name, value);
        return new ApiRequest(method, path, more, body, contentType, accept);
    }

    /** This request with a body of the given content type. */
    public ApiRequest withBody(byte[] newBody, String newContentType) {
        return new ApiRequest(method, path, query, newBody, newContentType, accept);
    }

    /** This request asking for {@code mediaType} instead of JSON, for the few endpoints that serve another. */
    public ApiRequest withAccept(String mediaType) {
        return new ApiRequest(method, path, query, body, contentType, mediaType);
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
                && query.equals(that.query) && java.util.Arrays.equals(body, that.body)
                && Objects.equals(contentType, that.contentType) && accept.equals(that.accept);
    }

    @Override
    public int hashCode() {
        return Objects.hash(method, path, query, java.util.Arrays.hashCode(body), contentType, accept);
    }
}
