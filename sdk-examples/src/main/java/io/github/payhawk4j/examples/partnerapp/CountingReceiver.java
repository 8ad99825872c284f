package io.github.payhawk4j.examples.partnerapp;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.payhawk4j.webhooks.WebhookReceiver;
import io.github.payhawk4j.webhooks.WebhookResponse;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Counts what the receiver (dispatcher or inbox) answered: anything but a 4xx is a verified delivery (a 5xx means
 * it was verified but could not be handled or stored), and a {@code duplicate} answer a skipped copy.
 */
final class CountingReceiver implements WebhookReceiver {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DUPLICATE = WebhookResponse.success("duplicate").body();

    private final WebhookReceiver receiver;
    private final DeliveryCounters counters;
    private final Consumer<String> progress;

    CountingReceiver(WebhookReceiver receiver, DeliveryCounters counters, Consumer<String> progress) {
        this.receiver = Objects.requireNonNull(receiver, "receiver");
        this.counters = Objects.requireNonNull(counters, "counters");
        this.progress = Objects.requireNonNull(progress, "progress");
    }

    @Override
    public WebhookResponse handle(String pathAndQuery, Map<String, List<String>> headers, byte[] body) {
        WebhookResponse response = receiver.handle(pathAndQuery, headers, body);
        if (response.status() < 400 || response.status() >= 500) {
            counters.verified();
        }
        if (response.isSuccess() && DUPLICATE.equals(response.body())) {
            counters.duplicateSkipped();
            progress.accept("duplicate         delivery " + deliveryId(body) + " -> already received, skipped");
        }
        return response;
    }

    @Override
    public int maxBodyBytes() {
        return receiver.maxBodyBytes();
    }

    @Override
    public Duration bodyReadTimeout() {
        return receiver.bodyReadTimeout();
    }

    // The receiver verified this body, so it is the JSON envelope.
    private static String deliveryId(byte[] body) {
        try {
            return JSON.readTree(body).path("id").asText("(no id)");
        } catch (IOException e) {
            return "(no id)";
        }
    }
}
