package io.github.payhawk4j.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.payhawk4j.json.PayhawkJson;
import io.github.payhawk4j.model.Page;
import io.github.payhawk4j.model.webhook.EventType;
import io.github.payhawk4j.model.webhook.WebhookSubscription;
import io.github.payhawk4j.model.webhook.WebhookSubscriptionStatus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A stateful stand-in for Payhawk's webhook subscription endpoints over real HTTP (JDK HTTP server), linearizable
 * like a database-backed API: list, create (201, random id, a {@code createdAt} later than every earlier one),
 * delete (204, or 404 when already gone). To force a race, the first listing of each node (by API key) is held
 * back until {@code holdListings} nodes have listed, so every node decides on the same empty view: the view at the
 * moment the last of them arrives, whichever handler thread wakes first (one that woke late must not see what a fast
 * node created meanwhile).
 */
final class InMemoryWebhookApi implements AutoCloseable {

    private static final ObjectMapper JSON = PayhawkJson.newObjectMapper();
    private static final Instant EPOCH = Instant.parse("2026-03-01T12:00:00Z");

    private final HttpServer server;
    private final ExecutorService handlers = Executors.newCachedThreadPool();
    private final CountDownLatch listings;
    private final Duration holdAtMost;
    private final List<WebhookSubscription> subscriptions = new ArrayList<>();
    private final Set<String> listedKeys = new HashSet<>();
    /** What the held listings answer: the subscriptions when the last held listing arrived. */
    private List<WebhookSubscription> viewAtRelease;
    private String firstCreatedId;
    private int created;
    private long clockMillis;

    private InMemoryWebhookApi(HttpServer server, int holdListings, Duration holdAtMost) {
        this.server = server;
        this.listings = new CountDownLatch(holdListings);
        this.holdAtMost = holdAtMost;
    }

    /** Starts the server on a free loopback port, holding back the first {@code holdListings} listings. */
    static InMemoryWebhookApi start(int holdListings, Duration holdAtMost) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        InMemoryWebhookApi api = new InMemoryWebhookApi(server, holdListings, holdAtMost);
        server.setExecutor(api.handlers);
        server.createContext("/api/v3/accounts/", api::handle);
        server.start();
        return api;
    }

    /** {@code http://127.0.0.1:<port>}. */
    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Adds a subscription as if made earlier. */
    synchronized void add(EventType eventType, String callbackUrl, WebhookSubscriptionStatus status) {
        subscriptions.add(WebhookSubscription.builder().eventType(eventType).callbackUrl(callbackUrl).id(newId())
                .createdAt(nextCreatedAt()).status(status).build());
    }

    /** All subscriptions now held. */
    synchronized List<WebhookSubscription> subscriptions() {
        return List.copyOf(subscriptions);
    }

    /** How many subscriptions POST created. */
    synchronized int created() {
        return created;
    }

    /** The id of the first subscription POST created. */
    synchronized String firstCreatedId() {
        return firstCreatedId;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String[] path = exchange.getRequestURI().getPath().split("/");
            // "", "api", "v3", "accounts", account, "webhooks"[, id]
            boolean collection = path.length == 6 && path[5].equals("webhooks");
            boolean item = path.length == 7 && path[5].equals("webhooks");
            switch (exchange.getRequestMethod()) {
                case "GET" -> {
                    if (!collection) {
                        respond(exchange, 404, null);
                        return;
                    }
                    boolean held = holdsFirstListingOf(exchange.getRequestHeaders().getFirst("X-Payhawk-ApiKey"));
                    boolean released = listings.await(holdAtMost.toMillis(), TimeUnit.MILLISECONDS);
                    List<WebhookSubscription> all = held && released ? heldView() : subscriptions();
                    respond(exchange, 200, Page.of(all, all.size()));
                }
                case "POST" -> {
                    JsonNode body = JSON.readTree(exchange.getRequestBody());
                    respond(exchange, 201, create(EventType.of(body.path("eventType").asText()), body.path("callbackUrl").asText()));
                }
                case "DELETE" -> respond(exchange, item && remove(path[6]) ? 204 : 404, null);
                default -> respond(exchange, 405, null);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Whether this listing is held: the first of its node (by key) while the hold lasts. Only those count: the JDK's
     * client may send a GET again on a new connection, and a node counted twice would release the hold early.
     */
    private synchronized boolean holdsFirstListingOf(String authorization) {
        if (!listedKeys.add(String.valueOf(authorization)) || listings.getCount() == 0) {
            return false;
        }
        listings.countDown();
        if (listings.getCount() == 0) {
            viewAtRelease = subscriptions();
        }
        return true;
    }

    private synchronized List<WebhookSubscription> heldView() {
        return viewAtRelease;
    }

    private synchronized WebhookSubscription create(EventType eventType, String callbackUrl) {
        WebhookSubscription subscription = WebhookSubscription.builder().eventType(eventType).callbackUrl(callbackUrl).id(newId())
                .createdAt(nextCreatedAt()).status(WebhookSubscriptionStatus.ACTIVE).build();
        subscriptions.add(subscription);
        if (created++ == 0) {
            firstCreatedId = subscription.id();
        }
        return subscription;
    }

    private synchronized boolean remove(String id) {
        return subscriptions.removeIf(s -> s.id().equals(id));
    }

    private Instant nextCreatedAt() {
        return EPOCH.plusMillis(++clockMillis);
    }

    /** Random, so the order of ids says nothing about the order of creation. */
    private static String newId() {
        return "whs_" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static void respond(HttpExchange exchange, int status, Object body) {
        try {
            if (body == null) {
                exchange.sendResponseHeaders(status, -1);
                return;
            }
            byte[] bytes = JSON.writeValueAsBytes(body);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        handlers.shutdownNow();
    }
}
