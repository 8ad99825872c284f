package io.github.payhawk4j.examples.snippets;

import io.github.payhawk4j.webhooks.WebhookDispatcher;
import io.github.payhawk4j.webhooks.WebhookHeaders;
import io.github.payhawk4j.webhooks.WebhookResponse;
import io.github.payhawk4j.webhooks.WebhookVerifier;
import io.github.payhawk4j.webhooks.inbox.WebhookInbox;
import io.github.payhawk4j.webhooks.key.FixedPublicKeySource;
import io.github.payhawk4j.webhooks.testing.WebhookSigner;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs the scale-out snippets on H2, with the DDL the SDK ships. */
class ScaleOutSnippetsTest {

    private final WebhookSigner payhawk = WebhookSigner.generate();
    private final WebhookVerifier verifier = WebhookVerifier.builder()
            .publicKeySource(FixedPublicKeySource.parse(payhawk.publicKeyPem()))
            .build();
    private final JdbcDataSource dataSource = new JdbcDataSource();

    @BeforeEach
    void database() throws Exception {
        dataSource.setURL("jdbc:h2:mem:snippets-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        run(ddl("delivery-store-h2.sql") + ddl("inbox-h2.sql")
                + "CREATE TABLE erp_journal (expense_id VARCHAR(64), delivery_id VARCHAR(255));");
    }

    @Test
    void theExactlyOnceDispatcherJournalsADeliveryOnce() throws SQLException {
        WebhookDispatcher dispatcher = ScaleOutSnippets.exactlyOnce(dataSource, verifier);

        assertThat(send(dispatcher::handle, "d-1").body()).isEqualTo("{\"status\":\"processed\"}");
        assertThat(send(dispatcher::handle, "d-1").body()).isEqualTo("{\"status\":\"duplicate\"}");

        assertThat(count("SELECT COUNT(*) FROM erp_journal WHERE delivery_id = 'd-1'")).isEqualTo(1);
    }

    @Test
    void theSharedStoreDispatcherRecognisesACopy() {
        List<String> booked = new ArrayList<>();
        WebhookDispatcher dispatcher = ScaleOutSnippets.sharedStore(dataSource, verifier, booked::add);

        send(dispatcher::handle, "d-2");
        send(dispatcher::handle, "d-2");

        assertThat(booked).containsExactly("43");
    }

    @Test
    void theInboxAcceptsRunsAndShutsDown() throws Exception {
        WebhookDispatcher dispatcher = ScaleOutSnippets.exactlyOnce(dataSource, verifier);
        List<Object> filters = new ArrayList<>();
        WebhookInbox inbox = ScaleOutSnippets.inbox(dataSource, dispatcher, filters::add);
        try {
            assertThat(filters).hasSize(1);
            assertThat(send(inbox::handle, "d-3").body()).isEqualTo("{\"status\":\"accepted\"}");
            long deadline = System.nanoTime() + 30_000_000_000L;
            while (count("SELECT COUNT(*) FROM erp_journal") == 0 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(count("SELECT COUNT(*) FROM erp_journal WHERE delivery_id = 'd-3'")).isEqualTo(1);
            assertThat(ScaleOutSnippets.deadLetters(inbox, LoggerFactory.getLogger(getClass()))).isZero();
            assertThat(ScaleOutSnippets.monitor(inbox).dead()).isZero();
        } finally {
            ScaleOutSnippets.shutDown(inbox);
        }
    }

    private interface Receiver {
        WebhookResponse handle(String pathAndQuery, Map<String, List<String>> headers, byte[] body);
    }

    private WebhookResponse send(Receiver receiver, String deliveryId) {
        byte[] body = ("{\"id\":\"" + deliveryId + "\",\"accountId\":\"acc-1\",\"eventType\":\"expense.approved\","
                + "\"payload\":{\"expenseId\":\"43\"}}").getBytes(StandardCharsets.UTF_8);
        Map<String, String> signed = payhawk.headers("/payhawk/webhooks", body, Instant.now());
        return receiver.handle("/payhawk/webhooks", Map.of(
                WebhookHeaders.TIMESTAMP, List.of(signed.get(WebhookHeaders.TIMESTAMP)),
                WebhookHeaders.SIGNATURE, List.of(signed.get(WebhookHeaders.SIGNATURE))), body);
    }

    private static String ddl(String file) throws Exception {
        try (InputStream in = WebhookInbox.class.getClassLoader()
                .getResourceAsStream("META-INF/payhawk4j/sql/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private void run(String script) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(script);
        }
    }

    private long count(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }
}
