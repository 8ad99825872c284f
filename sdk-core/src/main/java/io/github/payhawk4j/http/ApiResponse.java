package io.github.payhawk4j.http;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A response as received: status, headers and body bytes.
 *
 * @param statusCode HTTP status
 * @param headers    response headers, names in lower case
 * @param body       body bytes, empty when there was none
 */
public record ApiResponse(int statusCode, Map<String, List<String>> headers, byte[] body) {

    /** The first value of a header, looked up case-insensitively. */
    public Optional<String> header(String name) {
        for (Map.Entry<String, List<String>> entry : headers.entrySet()) {
            if (entry.getKey().equalsIgnoreCase(name) && !entry.getValue().isEmpty()) {
                return Optional.of(entry.getValue().get(0));
            }
        }
        return Optional.empty();
    }

    /** Response headers that may carry Payhawk's request id, in the order they are looked up. */
    private static final List<String> REQUEST_ID_HEADERS = List.of("x-request-id", "x-correlation-id", "x-amzn-requestid");

    /** Payhawk's request id from the response headers, if any. */
    public Optional<String> requestId() {
        for (String name : REQUEST_ID_HEADERS) {
            Optional<String> value = header(name);
            if (value.isPresent()) {
                return value;
            }
        }
        return Optional.empty();
    }

    /** Whether the status is 2xx. */
    public boolean isSuccessful() {
        return statusCode >= 200 && statusCode < 300;
    }
}
