package io.github.payhawk4j.examples.demo;

import io.github.payhawk4j.examples.erp.ErpLedger;
import io.github.payhawk4j.examples.partnerapp.InboxDatabase;
import io.github.payhawk4j.sandbox.DeliveryRecord;
import io.github.payhawk4j.sandbox.DeliveryStatus;
import io.github.payhawk4j.sandbox.PayhawkSandbox;
import io.github.payhawk4j.webhooks.testing.WebhookSigner;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The partner app's inbox on a real PostgreSQL (embedded, started by the test): the business day still ends with
 * every event processed exactly once and a balanced ledger, both through {@link SandboxBusinessDay} and through the
 * demo's {@code --postgres} flag.
 */
class BusinessDayOnPostgresTest {

    private static EmbeddedPostgres postgres;

    @BeforeAll
    static void startPostgres() throws IOException {
        postgres = EmbeddedPostgres.builder().setServerConfig("fsync", "off").start();
    }

    @AfterAll
    static void stopPostgres() throws IOException {
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void theDayOnPostgresProcessesEveryEventOnceAndBalancesTheLedger() throws Exception {
        String url = database("day");
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        // As in SandboxBusinessDayTest: a quicker key, and a timeout a busy machine cannot turn into a retry.
        try (PayhawkSandbox sandbox = SandboxBusinessDay.sandboxBuilder().signer(WebhookSigner.generate(2048))
                     .deliveryTimeout(Duration.ofSeconds(60)).start();
             ErpLedger ledger = ErpLedger.inMemory();
             InboxDatabase inbox = InboxDatabase.postgres(url, "postgres", null);
             PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8)) {
            DemoOutcome outcome = new SandboxBusinessDay(sandbox, ledger, inbox, out, Duration.ofSeconds(120)).run();
            String output = printed.toString(StandardCharsets.UTF_8);

            // The afternoon's outage loses 4 deliveries; the catch-up handles their events instead.
            List<String> sent = sandbox.deliveries().stream()
                    .filter(delivery -> delivery.status() == DeliveryStatus.DELIVERED)
                    .map(DeliveryRecord::deliveryId).toList();
            Map<String, Integer> handled = ledger.processedEvents().timesHandledByDelivery();
            assertThat(outcome.problems()).as(output).isEmpty();
            assertThat(output).contains("Webhook inbox on PostgreSQL at " + url.substring(0, url.indexOf('?')));
            assertThat(sent).hasSize(12);
            assertThat(handled.keySet()).filteredOn(id -> !id.startsWith("catch-up:"))
                    .containsExactlyInAnyOrderElementsOf(sent);
            assertThat(handled.values()).containsOnly(1);
            assertThat(ledger.processedEvents().timesHandledByEventKey().values()).containsOnly(1);
            assertThat(ledger.trialBalance().isBalanced()).isTrue();
            assertThat(ledger.journal().entries()).hasSize(7);
            assertThat(InboxRows.doneCount(inbox)).isEqualTo(12);
            assertThat(InboxRows.retried(inbox)).singleElement()
                    .satisfies(row -> assertThat(row[1]).isEqualTo("expense.reviewed"));
        }
    }

    @Test
    void thePostgresFlagRunsTheDemoWithItsInboxInThatDatabase() throws Exception {
        String url = database("flag");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int exitCode = BusinessDayDemo.run(new String[] {"--postgres", url}, Map.of(),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

        String output = out.toString(StandardCharsets.UTF_8);
        assertThat(exitCode).as(output + err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(output).contains("Webhook inbox on PostgreSQL",
                "OK: every event was processed exactly once and the ledger balances.");
        // The rows stay in the database after the demo, to look at.
        try (InboxDatabase inbox = InboxDatabase.postgres(url, null, null)) {
            assertThat(InboxRows.doneCount(inbox)).isEqualTo(12);
        }
    }

    /** A fresh database on the embedded server; the URL names the user. */
    private static String database(String name) throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        }
        return postgres.getJdbcUrl("postgres", name);
    }
}
