package io.github.payhawk4j.webhooks.reliability;

import io.github.payhawk4j.webhooks.testing.WebhookSigner;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Realistic, validly signed deliveries drawn from a seeded {@link Random}: every known event type and an
 * unknown one, payloads with ids, exact amounts, non-ASCII text and nested objects, paths with and without a
 * query. The starting point of every bad delivery. Not thread-safe, except {@link #signOnce}.
 */
final class ValidDeliveries {

    /** The signing time of every delivery, and the verifier's clock. */
    static final Instant NOW = Instant.parse("2026-11-02T10:15:30.123Z");
    /** {@link #NOW} as the timestamp header carries it. */
    static final String NOW_TEXT = WebhookSigner.formatTimestamp(NOW);

    private static final List<String> EVENT_TYPES = List.of("expense.created", "expense.reviewed", "expense.approved",
            "expense.deleted", "expense.payment-details.updated", "payment.authorized", "payment.reverted",
            "payment.settled", "payment.failed", "deposit.received", "supplier.created", "supplier.updated",
            "purchase-order.status.changed", "expense.archived");
    private static final List<String> PATHS = List.of("/payhawk/webhooks", "/payhawk/webhooks?tenant=acme",
            "/payhawk/events/expenses?tenant=acme-gmbh&region=eu");
    private static final List<String> TEXTS = List.of("Lufthansa", "Café Müller", "Łódź Sp. z o.o.", "東京オフィス",
            "rocket \uD83D\uDE80 launch", "quote \" and backslash \\", "tab\tand newline\n");

    private static final int SIGNATURES_REMEMBERED = 2_000;

    private final WebhookSigner signer;
    private final Random random;
    private final Map<List<Object>, String> signatures = new HashMap<>();

    /** Deliveries signed by {@code signer}, drawn from {@code random}. */
    ValidDeliveries(WebhookSigner signer, Random random) {
        this.signer = signer;
        this.random = random;
    }

    /** A new random, validly signed delivery. */
    SignedRequest next() {
        String path = pick(PATHS);
        byte[] body = envelope("dlv_" + Long.toUnsignedString(random.nextLong(), 36), pick(EVENT_TYPES), payload())
                .getBytes(StandardCharsets.UTF_8);
        return sign(path, NOW_TEXT, body);
    }

    /**
     * {@code body} signed for {@code path} at {@code timestampText}. Signing is the slow part of making bad
     * deliveries, so signatures of repeated requests are remembered (up to a bound).
     */
    SignedRequest sign(String path, String timestampText, byte[] body) {
        List<Object> key = List.of(path, timestampText, ByteBuffer.wrap(body));
        String signature = signatures.get(key);
        if (signature == null) {
            signature = signer.sign(timestampText, path, body);
            if (signatures.size() < SIGNATURES_REMEMBERED) {
                signatures.put(key, signature);
            }
        }
        return new SignedRequest(path, timestampText, signature, body);
    }

    /** {@code body} signed for {@code path} at {@code timestampText}, not remembered; safe to call from any thread. */
    SignedRequest signOnce(String path, String timestampText, byte[] body) {
        return new SignedRequest(path, timestampText, signer.sign(timestampText, path, body), body);
    }

    /** The delivery envelope Payhawk posts. */
    static String envelope(String deliveryId, String eventType, String payloadJson) {
        return "{\"id\":\"" + deliveryId + "\",\"accountId\":\"acme_ltd_5f2c\",\"eventType\":\"" + eventType
                + "\",\"payload\":" + payloadJson + "}";
    }

    private String payload() {
        StringBuilder json = new StringBuilder("{\"expenseId\":\"").append(random.nextInt(100_000)).append('"');
        if (random.nextBoolean()) {
            json.append(",\"paymentId\":").append(random.nextInt(1_000_000));
        }
        if (random.nextBoolean()) {
            json.append(",\"amount\":").append(random.nextInt(1_000_000)).append('.').append(random.nextInt(10)).append('0');
        }
        if (random.nextBoolean()) {
            json.append(",\"note\":\"").append(escape(pick(TEXTS))).append('"');
        }
        if (random.nextBoolean()) {
            json.append(",\"supplier\":{\"name\":\"").append(escape(pick(TEXTS)))
                    .append("\",\"tags\":[\"a\",1,true,null,{\"deep\":{\"deeper\":[2.50]}}]}");
        }
        return json.append('}').toString();
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\t", "\\t").replace("\n", "\\n");
    }
}
