package io.github.payhawk4j.service;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.payhawk4j.client.PayhawkClient;
import io.github.payhawk4j.error.ResponseTooLargeException;
import io.github.payhawk4j.error.UnexpectedResponseException;
import io.github.payhawk4j.model.expense.Expense;
import io.github.payhawk4j.query.ExpenseQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Successful bodies read as they arrive, over HTTP/1.1 (the JDK's own server, which speaks nothing else, so the
 * SDK's streaming path is what runs): every item of a page arrives, the connection is reused after a body read to
 * its end, a body over the size limit and a body that is not JSON fail as they did when collected.
 */
class StreamedBodyOverHttp11Test {

    private static final String EXPENSES = "/api/v3/accounts/acme/expenses";

    private HttpServer server;
    private final Set<Integer> clientPorts = ConcurrentHashMap.newKeySet();
    private volatile byte[] body;

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::answer);
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    /** Answers with {@link #body} in chunks of 1,000 bytes (no Content-Length), noting the client's port. */
    private void answer(HttpExchange exchange) throws IOException {
        clientPorts.add(exchange.getRemoteAddress().getPort());
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, 0);
        try (OutputStream out = exchange.getResponseBody()) {
            byte[] bytes = body;
            for (int offset = 0; offset < bytes.length; offset += 1000) {
                out.write(bytes, offset, Math.min(1000, bytes.length - offset));
                out.flush();
            }
        }
    }

    private PayhawkClient client(long maxResponseBytes) {
        return PayhawkClient.builder().apiKey("phk_test_stream").accountId("acme")
                .baseUrl("http://127.0.0.1:" + server.getAddress().getPort())
                .requestTimeout(Duration.ofSeconds(30)).maxResponseBytes(maxResponseBytes).maxRetries(0)
                .disableRateLimit().build();
    }

    @Test
    void aPageIsReadWholeAsItArrivesAndTheConnectionIsReused() {
        body = ExpenseAutoPagingTest.pageJson(0, 500).getBytes(StandardCharsets.UTF_8);
        PayhawkClient client = client(64L << 20);

        List<Expense> first = client.expenses().list(ExpenseQuery.builder().take(500).build()).items();
        List<Expense> second = client.expenses().list(ExpenseQuery.builder().take(500).build()).items();

        assertThat(first).hasSize(500).extracting(Expense::id).startsWith("exp-00001").endsWith("exp-00500");
        assertThat(first.get(499).reconciliation().totalAmount()).isEqualByComparingTo("1234.56");
        assertThat(second).hasSize(500);
        assertThat(clientPorts).hasSize(1);
    }

    @Test
    void aBodyOverTheSizeLimitFailsAsTooLargeEvenWhenItIsValidJsonSoFar() {
        body = ExpenseAutoPagingTest.pageJson(0, 500).getBytes(StandardCharsets.UTF_8);
        PayhawkClient client = client(10_000);

        assertThatThrownBy(() -> client.expenses().list(ExpenseQuery.builder().take(500).build()))
                .isInstanceOf(ResponseTooLargeException.class)
                .satisfies(e -> assertThat(((ResponseTooLargeException) e).maxBytes()).isEqualTo(10_000));
    }

    @Test
    void aBodyThatIsNotWhatTheCallReturnsIsAnUnexpectedResponseNamingTheField() {
        body = "{\"id\":\"1207\",\"createdAt\":\"yesterday\"}".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> client(64L << 20).expenses().get("1207"))
                .isInstanceOf(UnexpectedResponseException.class)
                .isNotInstanceOf(ResponseTooLargeException.class)
                .hasMessageContaining("createdAt");
    }
}
