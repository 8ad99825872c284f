package io.github.payhawk4j.examples.sandbox;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** An HTTP response of the sandbox API: status, content type, body and extra headers. */
record ApiResponse(int status, String contentType, byte[] body, Map<String, String> headers) {

    static ApiResponse json(int status, byte[] body) {
        return new ApiResponse(status, "application/json; charset=utf-8", body, Map.of());
    }

    static ApiResponse text(String text) {
        return new ApiResponse(200, "text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    static ApiResponse noContent() {
        return new ApiResponse(204, null, new byte[0], Map.of());
    }

    /** This response with one more header. */
    ApiResponse withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new ApiResponse(status, contentType, body, Map.copyOf(more));
    }
}
