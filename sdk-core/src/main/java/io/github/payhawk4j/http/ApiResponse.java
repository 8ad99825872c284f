package io.github.payhawk4j.http;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A response as received: status, headers and body bytes.
 *
 * @param statusCode HTTP status
 * @param headers    response headers, names in lower case
 * @param body       body bytes, empty when there was none or when it was read as it arrived
 * @param streamed   for a body read as it arrived (by a {@link StreamingResponseReader}), what the reader made of
 *                   it; null when the body was collected into {@code body}
 */
public record ApiResponse(int statusCode, Map<String, List<String>> headers, byte[] body, StreamedRead streamed) {

    /** A response whose body was collected. */
    public ApiResponse(int statusCode, Map<String, List<String>> headers, byte[] body) {
        this(statusCode, headers, body, null);
    }

    /**
     * What a {@link StreamingResponseReader} made of a body as it arrived: the value, or the failure of a body
     * that arrived whole but is not what the reader expects (transport failures fail the attempt instead).
     *
     * @param value   the value read, if the reader succeeded
     * @param failure why the reader refused the body, or null
     */
    public record StreamedRead(Object value, IOException failure) {
    }

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
