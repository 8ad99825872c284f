package io.github.payhawk4j.webhooks;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What to answer a webhook delivery: an HTTP status, a short JSON body and any extra headers (such as
 * {@code Retry-After}), as returned by {@link WebhookDispatcher#handle(String, java.util.Map, byte[])}. Write all
 * three to the HTTP response, with content type {@value #CONTENT_TYPE}.
 *
 * <p>The body is {@code {"status":"processed"}} (or {@code "duplicate"}, {@code "unhandled"}) on success and
 * {@code {"error":"signature_mismatch","message":"..."}} on failure. It never contains the request body, the
 * signature or a key.
 *
 * @param status  the HTTP status code
 * @param body    the JSON body
 * @param headers extra response headers by name, e.g. {@code Retry-After}; often empty
 */
public record WebhookResponse(int status, String body, Map<String, String> headers) {

    /** The content type of {@link #body()}. */
    public static final String CONTENT_TYPE = "application/json; charset=utf-8";

    /** Validates the status range and that the body is present; copies the headers. */
    public WebhookResponse {
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("not an HTTP status: " + status);
        }
        Objects.requireNonNull(body, "body");
        headers = Map.copyOf(headers);
    }

    /** A response without extra headers. */
    public WebhookResponse(int status, String body) {
        this(status, body, Map.of());
    }

    /**
     * A 200 response with body {@code {"status":"<status>"}}.
     *
     * @param status what happened, such as {@code processed}
     */
    public static WebhookResponse success(String status) {
        return new WebhookResponse(200, "{\"status\":" + jsonString(status) + "}");
    }

    /**
     * An error response with body {@code {"error":"<code>","message":"<message>"}}.
     *
     * @param status  the HTTP status code
     * @param code    a stable, machine-readable error code such as {@code body_too_large}
     * @param message a sentence for the sender; must not contain secrets or request data
     */
    public static WebhookResponse error(int status, String code, String message) {
        return new WebhookResponse(status,
                "{\"error\":" + jsonString(code) + ",\"message\":" + jsonString(message) + "}");
    }

    /** This response with one more header, replacing a header of the same name. */
    public WebhookResponse withHeader(String name, String value) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new WebhookResponse(status, body, more);
    }

    /** Whether the status is 2xx, i.e. the sender should not deliver this event again. */
    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    private static String jsonString(String text) {
        StringBuilder json = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"').toString();
    }
}
