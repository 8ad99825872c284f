package io.github.payhawk4j.sandbox;

import com.sun.net.httpserver.HttpServer;
import io.github.payhawk4j.webhooks.WebhookReceiver;
import io.github.payhawk4j.webhooks.WebhookResponse;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A partner app's webhook endpoint on 127.0.0.1 that hands each request to a real {@link WebhookReceiver}; the test
 * can take it down (every request answered 503, as during an outage) or hold the next request until released.
 */
final class PartnerEndpoint implements AutoCloseable {

    static final String PATH = "/payhawk/webhooks";

    /** A request held on its way in: the test waits for it to arrive, then lets it through. */
    static final class Hold {
        private final CountDownLatch arrived = new CountDownLatch(1);
        private final CountDownLatch released = new CountDownLatch(1);

        /** Waits until the held request is in the endpoint; whether it came within the timeout. */
        boolean awaitArrival(Duration timeout) throws InterruptedException {
            return arrived.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
        }

        /** Lets the held request through to the receiver. */
        void release() {
            released.countDown();
        }
    }

    private final HttpServer server;
    private volatile boolean down;
    private final AtomicReference<Hold> nextHold = new AtomicReference<>();

    PartnerEndpoint(WebhookReceiver receiver) {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext(PATH, exchange -> {
            try (exchange; InputStream in = exchange.getRequestBody()) {
                byte[] body = in.readAllBytes();
                Hold hold = nextHold.getAndSet(null);
                if (hold != null) {
                    hold.arrived.countDown();
                    awaitQuietly(hold.released);
                }
                WebhookResponse answer;
                if (down) {
                    answer = WebhookResponse.error(503, "outage", "the partner app is down");
                } else {
                    Map<String, List<String>> headers = new HashMap<>();
                    exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, List.copyOf(values)));
                    String query = exchange.getRequestURI().getRawQuery();
                    String pathAndQuery = exchange.getRequestURI().getRawPath() + (query == null ? "" : "?" + query);
                    answer = receiver.handle(pathAndQuery, headers, body);
                }
                byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(answer.status(), bytes.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            }
        });
        server.start();
    }

    String callbackUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + PATH;
    }

    /** Every request from now on is answered 503 ({@code true}), or handled again ({@code false}). */
    void down(boolean isDown) {
        this.down = isDown;
    }

    /** Holds the next request until {@link Hold#release()}. */
    Hold holdNext() {
        Hold hold = new Hold();
        nextHold.set(hold);
        return hold;
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test never released the held request");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
