package io.github.payhawk4j.examples.benchmarks;

import io.github.payhawk4j.webhooks.WebhookHeaders;
import io.github.payhawk4j.webhooks.testing.WebhookSigner;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * One webhook delivery signed ahead of the measurement, as Payhawk would send it.
 *
 * @param pathAndQuery  the signed path and query
 * @param timestampText the {@code X-Payhawk-Timestamp} value
 * @param signatureText the {@code X-Payhawk-Signature} value (base64)
 * @param body          the raw body bytes
 */
public record SignedDelivery(String pathAndQuery, String timestampText, String signatureText, byte[] body) {

    /** The path every benchmark delivery is addressed to (the query is part of what is signed). */
    public static final String PATH_AND_QUERY = "/payhawk/webhooks?tenant=acme";

    /** The signing time of every benchmark delivery; verifiers get a clock fixed at it. */
    public static final Instant TIMESTAMP = Instant.parse("2026-11-02T10:15:30.123Z");

    /**
     * {@code count} distinct deliveries (delivery ids {@code dlv_0}, {@code dlv_1}, ...) of a
     * {@code payment.settled} event, signed by {@code signer} for {@code pathAndQuery} at {@link #TIMESTAMP}.
     */
    public static List<SignedDelivery> signed(WebhookSigner signer, String pathAndQuery, int count) {
        List<SignedDelivery> deliveries = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            byte[] body = paymentSettledBody(i);
            Map<String, String> headers = signer.headers(pathAndQuery, body, TIMESTAMP);
            deliveries.add(new SignedDelivery(pathAndQuery, headers.get(WebhookHeaders.TIMESTAMP),
                    headers.get(WebhookHeaders.SIGNATURE), body));
        }
        return List.copyOf(deliveries);
    }

    /**
     * A realistic delivery body: the envelope Payhawk sends, with a payment payload a little richer
     * than the ids the SDK reads (about 330 bytes).
     */
    public static byte[] paymentSettledBody(int sequence) {
        String json = "{\"id\":\"dlv_" + sequence + "\",\"accountId\":\"acme_ltd_5f2c\",\"eventType\":\"payment.settled\","
                + "\"payload\":{\"expenseId\":\"" + (4821 + sequence) + "\",\"paymentId\":\"pay_7c1e" + sequence + "\","
                + "\"amount\":1249.10,\"currency\":\"BGN\",\"settledAt\":\"2026-11-02T10:15:29.870Z\","
                + "\"cardId\":\"card_51ab09\",\"merchant\":{\"name\":\"BG Toll Services EAD\",\"mcc\":\"4784\","
                + "\"countryCode\":\"BG\"}}}";
        return json.getBytes(StandardCharsets.UTF_8);
    }

    /** The two signature headers as a request header map. */
    public Map<String, List<String>> headers() {
        return Map.of(WebhookHeaders.TIMESTAMP, List.of(timestampText),
                WebhookHeaders.SIGNATURE, List.of(signatureText));
    }

    /** The signature bytes. */
    public byte[] signature() {
        return Base64.getDecoder().decode(signatureText);
    }

    /** The bytes in front of the body that the signature also covers: {@code timestamp:pathAndQuery:}. */
    public byte[] signedPrefix() {
        return (timestampText + ":" + pathAndQuery + ":").getBytes(StandardCharsets.UTF_8);
    }
}
