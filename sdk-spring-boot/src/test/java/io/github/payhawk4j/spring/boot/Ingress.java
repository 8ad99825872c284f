package io.github.payhawk4j.spring.boot;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The proxy in front of the app under test, on a loopback port known before the app starts (so it can be the
 * callback URL Payhawk is given): forwards each request to the app's random port, or answers 503 while it is "down",
 * as a proxy does when the application behind it is unavailable.
 */
final class Ingress implements AutoCloseable {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private final HttpServer server;
    private volatile int appPort;
    private volatile boolean down = true;

    private Ingress(HttpServer server) {
        this.server = server;
    }

    /** Listens on a free loopback port; down until {@link #forwardTo(int)}. */
    static Ingress start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        Ingress ingress = new Ingress(server);
        server.createContext("/", ingress::forward);
        server.start();
        return ingress;
    }

    /** {@return the public URL of {@code path}} */
    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** Forwards from now on to the app on {@code port}. */
    void forwardTo(int port) {
        appPort = port;
        down = false;
    }

    /** Answers 503 (true) or forwards again (false). */
    void down(boolean value) {
        down = value;
    }

    private void forward(HttpExchange exchange) throws IOException {
        try {
            byte[] body = exchange.getRequestBody().readAllBytes();
            if (down) {
                answer(exchange, 503, "application unavailable".getBytes(StandardCharsets.UTF_8));
                return;
            }
            HttpRequest.Builder request = HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + appPort + exchange.getRequestURI()))
                    .method(exchange.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(body));
            for (Map.Entry<String, List<String>> header : exchange.getRequestHeaders().entrySet()) {
                String name = header.getKey().toLowerCase(Locale.ROOT);
                if (name.startsWith("x-payhawk-") || name.equals("content-type")) {
                    header.getValue().forEach(value -> request.header(header.getKey(), value));
                }
            }
            HttpResponse<byte[]> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            answer(exchange, response.statusCode(), response.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            answer(exchange, 503, new byte[0]);
        } finally {
            exchange.close();
        }
    }

    private static void answer(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
