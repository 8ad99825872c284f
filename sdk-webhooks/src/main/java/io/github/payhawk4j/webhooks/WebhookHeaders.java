package io.github.payhawk4j.webhooks;

/**
 * Names of the HTTP headers Payhawk sends with every webhook delivery. Header names are matched
 * case-insensitively wherever the SDK reads them.
 */
public final class WebhookHeaders {

    /** The signing time, an ISO-8601 instant with milliseconds, e.g. {@code 2026-11-02T10:15:30.123Z}. */
    public static final String TIMESTAMP = "X-Payhawk-Timestamp";

    /** The base64 {@code SHA256withRSA} signature over {@code timestamp + ":" + pathAndQuery + ":" + body}. */
    public static final String SIGNATURE = "X-Payhawk-Signature";

    private WebhookHeaders() {
    }
}
