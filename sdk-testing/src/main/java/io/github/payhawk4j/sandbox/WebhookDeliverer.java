package io.github.payhawk4j.sandbox;

import io.github.payhawk4j.webhooks.testing.WebhookSigner;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * Sends one attempt of a delivery: a POST of the JSON envelope, signed like Payhawk signs it
 * ({@code X-Payhawk-Timestamp}, {@code X-Payhawk-Signature} over timestamp, callback path and body).
 *
 * <p>Uses {@link HttpURLConnection} with {@code Connection: close}: no client threads outlive the
 * sandbox, and no pooled connection can make the JDK silently repeat a POST.
 */
final class WebhookDeliverer {

    private final WebhookSigner signer;
    private final SandboxTime time;
    private final Duration timeout;

    WebhookDeliverer(WebhookSigner signer, SandboxTime time, Duration timeout) {
        this.signer = signer;
        this.time = time;
        this.timeout = timeout;
    }

    /** POSTs the delivery once and reports the answer; never throws for network trouble. */
    DeliveryAttempt send(Delivery delivery, int number, boolean redelivery) {
        Instant sentAt = time.now();
        Map<String, String> signature = signer.headers(delivery.signedPathAndQuery(), delivery.body(), sentAt);
        HttpURLConnection connection = null;
        try {
            connection = (HttpURLConnection) delivery.callbackUrl().toURL().openConnection();
            connection.setRequestMethod("POST");
            connection.setInstanceFollowRedirects(false);
            connection.setUseCaches(false);
            connection.setConnectTimeout((int) timeout.toMillis());
            connection.setReadTimeout((int) timeout.toMillis());
            connection.setDoOutput(true);
            connection.setFixedLengthStreamingMode(delivery.body().length);
            connection.setRequestProperty("Content-Type", "application/json");
            connection.setRequestProperty("User-Agent", "payhawk4j-sandbox");
            connection.setRequestProperty("Connection", "close");
            signature.forEach(connection::setRequestProperty);
            try (OutputStream out = connection.getOutputStream()) {
                out.write(delivery.body());
            }
            int status = connection.getResponseCode();
            drain(connection, status);
            return new DeliveryAttempt(number, sentAt, status, null, redelivery);
        } catch (IOException | IllegalArgumentException e) {
            return new DeliveryAttempt(number, sentAt, 0, e.getClass().getSimpleName() + ": " + e.getMessage(),
                    redelivery);
        } finally {
            if (connection != null) {
                connection.disconnect();
            }
        }
    }

    private static void drain(HttpURLConnection connection, int status) throws IOException {
        InputStream answer = status >= 400 ? connection.getErrorStream() : connection.getInputStream();
        if (answer != null) {
            try (answer) {
                answer.readAllBytes();
            }
        }
    }
}
