package io.github.payhawk4j.webhooks.reliability;

import io.github.payhawk4j.webhooks.WebhookHeaders;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parts of a webhook request that the signature covers, plus the signature: what a sender puts on the
 * wire before anything is altered.
 *
 * @param pathAndQuery  the signed path and query
 * @param timestampText the {@code X-Payhawk-Timestamp} value, exactly as signed
 * @param signature     the {@code X-Payhawk-Signature} value
 * @param body          the signed body bytes
 */
record SignedRequest(String pathAndQuery, String timestampText, String signature, byte[] body) {

    /** Both signature headers and a content type, one value each, in a map the tests may copy and alter. */
    Map<String, List<String>> headers() {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put(WebhookHeaders.TIMESTAMP, List.of(timestampText));
        headers.put(WebhookHeaders.SIGNATURE, List.of(signature));
        headers.put("Content-Type", List.of("application/json"));
        return headers;
    }
}
