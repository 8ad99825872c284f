package io.github.payhawk4j.webhooks;

import io.github.payhawk4j.webhooks.key.FixedPublicKeySource;
import io.github.payhawk4j.webhooks.key.PublicKeySource;
import io.github.payhawk4j.webhooks.testing.WebhookSigner;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Signs deliveries the way Payhawk does, with a throwaway key, at a fixed time; and a verifier that trusts it. */
public final class PayhawkSender {

    /** The signing time of every delivery, and the verifier's clock. */
    public static final Instant NOW = Instant.parse("2026-11-02T10:15:30.123Z");

    private final WebhookSigner signer = WebhookSigner.generate();

    /** A verifier with this sender's public key and a clock standing at {@link #NOW}. */
    public WebhookVerifier verifier() {
        return verifier(FixedPublicKeySource.parse(signer.publicKeyPem()));
    }

    /** A verifier with another key source and a clock standing at {@link #NOW}. */
    public static WebhookVerifier verifier(PublicKeySource keys) {
        return WebhookVerifier.builder()
                .publicKeySource(keys)
                .clock(Clock.fixed(NOW, ZoneOffset.UTC))
                .build();
    }

    /** The signer standing in for Payhawk. */
    public WebhookSigner signer() {
        return signer;
    }

    /** The JSON envelope Payhawk posts, with the payload given as JSON. */
    public static String envelope(String deliveryId, String eventType, String payloadJson) {
        return "{\"id\":\"" + deliveryId + "\",\"accountId\":\"acc-1\",\"eventType\":\"" + eventType
                + "\",\"payload\":" + payloadJson + "}";
    }

    /** A signed delivery of an envelope for account {@code acc-1}. */
    public SignedDelivery deliver(String pathAndQuery, String deliveryId, String eventType, String payloadJson) {
        return sign(pathAndQuery, envelope(deliveryId, eventType, payloadJson));
    }

    /** Any body, signed for a path. */
    public SignedDelivery sign(String pathAndQuery, String body) {
        return sign(pathAndQuery, body.getBytes(StandardCharsets.UTF_8));
    }

    /** Any body, signed for a path. */
    public SignedDelivery sign(String pathAndQuery, byte[] body) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        signer.headers(pathAndQuery, body, NOW).forEach((name, value) -> headers.put(name, List.of(value)));
        headers.put("Content-Type", List.of("application/json"));
        return new SignedDelivery(pathAndQuery, Map.copyOf(headers), body);
    }
}
