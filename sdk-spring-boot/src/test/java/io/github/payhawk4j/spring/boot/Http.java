package io.github.payhawk4j.spring.boot;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;

/** Requests to the app under test on its random loopback port, and waiting for what it records after answering. */
final class Http {

    /** Only a hang waits this long: conditions are polled until they hold. */
    static final Duration HANG = Duration.ofSeconds(60);

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private Http() {
    }

    static HttpResponse<String> post(int port, String path, String body, Map<String, String> headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        headers.forEach(request::header);
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
        return CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Polls {@code value} until it is at least {@code expected}; returns the value seen. */
    static double awaitAtLeast(double expected, Supplier<Double> value, String what) throws InterruptedException {
        long deadline = System.nanoTime() + HANG.toNanos();
        while (true) {
            double seen = value.get();
            if (seen >= expected) {
                return seen;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError(what + ": expected at least " + expected + " but was " + seen);
            }
            Thread.sleep(10);
        }
    }
}
