package io.github.payhawk4j.webhooks.scaleout;

import io.github.payhawk4j.webhooks.WebhookHeaders;
import io.github.payhawk4j.webhooks.WebhookVerifier;
import io.github.payhawk4j.webhooks.key.FixedPublicKeySource;
import io.github.payhawk4j.webhooks.testing.WebhookSigner;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Payhawk as the tests need it: signs deliveries with a throwaway key at a fixed instant, and posts them over
 * HTTP. The verifiers of every node trust its key and stand at the same instant.
 */
final class Payhawk {

    static final Instant NOW = Instant.parse("2026-11-02T10:15:30.123Z");

    private final WebhookSigner signer;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    Payhawk(WebhookSigner signer) {
        this.signer = signer;
    }

    /** A verifier with this Payhawk's key, its clock at {@link #NOW}. */
    WebhookVerifier verifier() {
        return WebhookVerifier.builder()
                .publicKeySource(FixedPublicKeySource.parse(signer.publicKeyPem()))
                .clock(Clock.fixed(NOW, ZoneOffset.UTC))
                .build();
    }

    /** The signer's public key as PEM, for a node in another process. */
    String publicKeyPem() {
        return signer.publicKeyPem();
    }

    /** {@code count} expense deliveries {@code prefix-00000...}, signed on all cores. */
    List<Delivery> expenseDeliveries(String path, String prefix, int count, int expenses) {
        return IntStream.range(0, count).parallel()
                .mapToObj(i -> sign(path, String.format("%s-%05d", prefix, i), "exp-" + (i * 7919L % expenses)))
                .toList();
    }

    /** One signed {@code expense.created} delivery. */
    Delivery sign(String path, String deliveryId, String expenseId) {
        byte[] body = ("{\"id\":\"" + deliveryId + "\",\"accountId\":\"acc-1\",\"eventType\":\"expense.created\","
                + "\"payload\":{\"expenseId\":\"" + expenseId + "\",\"amount\":1234.10}}")
                .getBytes(StandardCharsets.UTF_8);
        String timestamp = WebhookSigner.formatTimestamp(NOW);
        return new Delivery(deliveryId, path, timestamp, signer.sign(timestamp, path, body), body);
    }

    /** Posts a delivery to a node. */
    HttpResponse<String> post(URI uri, Delivery delivery) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .header(WebhookHeaders.TIMESTAMP, delivery.timestamp())
                .header(WebhookHeaders.SIGNATURE, delivery.signature())
                .POST(HttpRequest.BodyPublishers.ofByteArray(delivery.body()))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** A signed delivery as it goes on the wire. */
    record Delivery(String deliveryId, String path, String timestamp, String signature, byte[] body) {
    }
}
