package io.github.payhawk4j.sandbox;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** An HTTP response of the sandbox API: status, content type, body and extra headers. */
record SandboxResponse(int status, String contentType, byte[] body, Map<String, String> headers) {

    static SandboxResponse json(int status, byte[] body) {
        return new SandboxResponse(status, "application/json; charset=utf-8", body, Map.of());
    }

    static SandboxResponse text(String text) {
        return new SandboxResponse(200, "text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    static SandboxResponse noContent() {
        return new SandboxResponse(204, null, new byte[0], Map.of());
    }

    /** This response with one more header. */
    SandboxResponse withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new SandboxResponse(status, contentType, body, Map.copyOf(more));
    }
}
