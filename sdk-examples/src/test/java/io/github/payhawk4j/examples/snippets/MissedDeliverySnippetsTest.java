package io.github.payhawk4j.examples.snippets;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.github.payhawk4j.client.PayhawkClient;
import io.github.payhawk4j.model.webhook.EventType;
import io.github.payhawk4j.model.webhook.WebhookSubscription;
import io.github.payhawk4j.model.webhook.WebhookSubscriptionStatus;
import io.github.payhawk4j.sandbox.CardPurchase;
import io.github.payhawk4j.sandbox.PayhawkSandbox;
import io.github.payhawk4j.webhooks.WebhookHeaders;
import io.github.payhawk4j.webhooks.WebhookResponse;
import io.github.payhawk4j.webhooks.WebhookVerifier;
import io.github.payhawk4j.webhooks.catchup.MonitorReport;
import io.github.payhawk4j.webhooks.catchup.SubscriptionCheck;
import io.github.payhawk4j.webhooks.event.ExpenseReviewed;
import io.github.payhawk4j.webhooks.inbox.WebhookInbox;
import io.github.payhawk4j.webhooks.key.FixedPublicKeySource;
import io.github.payhawk4j.webhooks.testing.WebhookSigner;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.io.InputStream;
import java.math.BigDecimal;
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
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs the snippets of docs/missed-deliveries.md on H2, with the DDL the SDK ships, against the sandbox. */
class MissedDeliverySnippetsTest {

    private static final String CALLBACK = "http://127.0.0.1:9/payhawk/webhooks";

    private final WebhookSigner payhawk = WebhookSigner.generate(2048);
    private final WebhookVerifier verifier = WebhookVerifier.builder()
            .publicKeySource(FixedPublicKeySource.parse(payhawk.publicKeyPem()))
            .build();
    private final JdbcDataSource dataSource = new JdbcDataSource();
    private PayhawkSandbox sandbox;
    private PayhawkClient client;

    @BeforeEach
    void start() throws Exception {
        dataSource.setURL("jdbc:h2:mem:missed-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        run(ddl("delivery-store-h2.sql") + ddl("catch-up-watermark-h2.sql")
                + "CREATE TABLE erp_journal (event_key VARCHAR(255) PRIMARY KEY, expense_id VARCHAR(64),"
                + " caught_up BOOLEAN);");
        sandbox = PayhawkSandbox.builder().signer(payhawk).withoutRateLimit().start();
        client = PayhawkClient.builder().baseUrl(sandbox.baseUrl()).apiKey(sandbox.apiKey())
                .accountId(sandbox.accountId()).build();
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void theMonitorSubscribesAndItsFirstReportIsHealthy() {
        MissedDeliverySnippets.Wiring wiring = MissedDeliverySnippets.monitor(client, dataSource, verifier, CALLBACK);

        MonitorReport report = MissedDeliverySnippets.check(wiring.monitor(), LoggerFactory.getLogger(getClass()));

        assertThat(report.healthy()).isTrue();
        assertThat(report.checks()).extracting(SubscriptionCheck::status)
                .containsOnly(SubscriptionCheck.Status.CREATED);
        assertThat(client.webhooks().list()).extracting(WebhookSubscription::status)
                .containsOnly(WebhookSubscriptionStatus.ACTIVE).hasSize(2);
        assertThat(wiring.monitor().lastReport()).contains(report);
    }

    @Test
    void theScheduledMonitorStopsWhenClosed() throws Exception {
        MissedDeliverySnippets.Wiring wiring = MissedDeliverySnippets.monitor(client, dataSource, verifier, CALLBACK);
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
        try {
            MissedDeliverySnippets.schedule(wiring.monitor(), scheduler);
            // Closed by the snippet: it can be started again on the same scheduler.
            MissedDeliverySnippets.schedule(wiring.monitor(), scheduler);
        } finally {
            scheduler.shutdown();
            assertThat(scheduler.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void theIdempotentHandlerBooksADeliveryAndItsCatchUpTwinOnce() throws Exception {
        MissedDeliverySnippets.Wiring wiring = MissedDeliverySnippets.monitor(client, dataSource, verifier, CALLBACK);
        ExpenseReviewed twin = new ExpenseReviewed("catch-up:expense.reviewed:acc-1:43", "acc-1", Instant.now(), "43",
                JsonNodeFactory.instance.objectNode().put("expenseId", "43"));

        assertThat(wiring.dispatcher().dispatchCatchUp(twin).body()).isEqualTo("{\"status\":\"processed\"}");
        assertThat(sendReview(wiring, "d-real").body()).isEqualTo("{\"status\":\"processed\"}");
        assertThat(wiring.dispatcher().dispatchCatchUp(twin).body()).isEqualTo("{\"status\":\"duplicate\"}");

        assertThat(count("SELECT COUNT(*) FROM erp_journal")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM erp_journal WHERE caught_up")).isEqualTo(1);
    }

    @Test
    void deletedExpensesAreFoundByReconciling() {
        String kept = sandbox.account().createCardExpense(CardPurchase.of("Figma", new BigDecimal("48.40"), "EUR"));
        String deleted = sandbox.account().createCardExpense(CardPurchase.of("AWS", new BigDecimal("18.40"), "EUR"));
        sandbox.account().deleteExpense(deleted);
        List<String> cancelled = new ArrayList<>();
        List<String> reported = new ArrayList<>();
        MissedDeliverySnippets.Erp erp = new MissedDeliverySnippets.Erp() {
            @Override
            public List<String> openExpenseIds() {
                return List.of(kept, deleted, "never-existed");
            }

            @Override
            public void cancel(String expenseId) {
                cancelled.add(expenseId);
            }
        };

        MissedDeliverySnippets.reconcileDeletions(client, erp, reported::add);

        assertThat(cancelled).containsExactly(deleted, "never-existed");
        assertThat(reported).isEqualTo(cancelled);
        assertThat(EventType.EXPENSE_DELETED.isKnown()).isTrue();
    }

    private WebhookResponse sendReview(MissedDeliverySnippets.Wiring wiring, String deliveryId) {
        byte[] body = ("{\"id\":\"" + deliveryId + "\",\"accountId\":\"acc-1\",\"eventType\":\"expense.reviewed\","
                + "\"payload\":{\"expenseId\":\"43\"}}").getBytes(StandardCharsets.UTF_8);
        Map<String, String> signed = payhawk.headers("/payhawk/webhooks", body, Instant.now());
        return wiring.dispatcher().handle("/payhawk/webhooks", Map.of(
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
