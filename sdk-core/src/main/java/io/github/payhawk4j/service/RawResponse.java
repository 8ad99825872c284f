package io.github.payhawk4j.service;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A successful response with the value read from it: what {@code withRawResponse()} views return, e.g.
 * {@code client.expenses().withRawResponse().get(id)}. The status, headers and Payhawk's request id are there
 * for support tickets and audit logs. Immutable.
 *
 * @param <T> the type of the value; {@link Void} (value null) for calls without a response body
 */
public final class RawResponse<T> {

    private final int statusCode;
    private final Map<String, List<String>> headers;
    private final String requestId;
    private final T value;

    private RawResponse(int statusCode, Map<String, List<String>> headers, String requestId, T value) {
        this.statusCode = statusCode;
        this.headers = headers;
        this.requestId = requestId;
        this.value = value;
    }

    /**
     * A response, e.g. for a test double of a service.
     *
     * @param statusCode the HTTP status
     * @param headers    the response headers; copied
     * @param requestId  Payhawk's request id, or null
     * @param value      the value read from the body
     */
    public static <T> RawResponse<T> of(int statusCode, Map<String, List<String>> headers, String requestId, T value) {
        Map<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, values) -> copy.merge(name, List.copyOf(values), (a, b) -> {
            List<String> both = new ArrayList<>(a);
            both.addAll(b);
            return List.copyOf(both);
        }));
        return new RawResponse<>(statusCode, Collections.unmodifiableMap(copy), requestId, value);
    }

    /** {@return the HTTP status, 2xx} */
    public int statusCode() {
        return statusCode;
    }

    /** {@return the response headers; looked up case-insensitively, immutable} */
    public Map<String, List<String>> headers() {
        return headers;
    }

    /** The first value of the header {@code name} (any case), if present. */
    public Optional<String> header(String name) {
        List<String> values = headers.get(Objects.requireNonNull(name, "name"));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** Payhawk's request id for the call, if the response had one; quote it when contacting Payhawk support. */
    public Optional<String> requestId() {
        return Optional.ofNullable(requestId);
    }

    /** {@return the value the call returns without {@code withRawResponse()}; null for calls without a body} */
    public T value() {
        return value;
    }

    /** Status, request id and value; headers are left out. */
    @Override
    public String toString() {
        return "RawResponse{status=" + statusCode + ", requestId=" + requestId + ", value=" + value + '}';
    }
}
