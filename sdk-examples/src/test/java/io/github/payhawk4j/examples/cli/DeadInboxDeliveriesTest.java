package io.github.payhawk4j.examples.cli;

import io.github.payhawk4j.webhooks.WebhookDispatcher;
import io.github.payhawk4j.webhooks.WebhookHeaders;
import io.github.payhawk4j.webhooks.WebhookVerifier;
import io.github.payhawk4j.webhooks.event.WebhookEvent;
import io.github.payhawk4j.webhooks.inbox.WebhookInbox;
import io.github.payhawk4j.webhooks.key.FixedPublicKeySource;
import io.github.payhawk4j.webhooks.testing.WebhookSigner;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The operator's program on a real inbox (H2) whose handler failed until its deliveries died. */
class DeadInboxDeliveriesTest {

    private final String url = "jdbc:h2:mem:dead-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    private final Map<String, String> environment = Map.of(DeadInboxDeliveries.URL_VARIABLE, url);
    private final WebhookSigner payhawk = WebhookSigner.generate();
    private final JdbcDataSource dataSource = new JdbcDataSource();
    private WebhookInbox inbox;

    @BeforeEach
    void inboxWithTwoDeadDeliveries() throws Exception {
        dataSource.setURL(url);
        try (InputStream ddl = WebhookInbox.class.getClassLoader()
                .getResourceAsStream("META-INF/payhawk4j/sql/inbox-h2.sql");
             Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(new String(ddl.readAllBytes(), StandardCharsets.UTF_8));
        }
        WebhookDispatcher dispatcher = WebhookDispatcher.builder()
                .verifier(WebhookVerifier.builder()
                        .publicKeySource(FixedPublicKeySource.parse(payhawk.publicKeyPem())).build())
                .on(WebhookEvent.class, (event, context) -> {
                    throw new IllegalStateException("ERP refused the posting: period 2026-10 is closed");
                })
                .build();
        inbox = WebhookInbox.builder(dataSource, dispatcher).maxAttempts(1).pollInterval(Duration.ofMillis(50)).build();
        accept("dlv_1", "43");
        accept("dlv_2", "44");
        inbox.start();
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (inbox.statistics().dead() < 2 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        inbox.close();
        assertThat(inbox.statistics().dead()).isEqualTo(2);
    }

    @AfterEach
    void close() {
        inbox.close();
    }

    @Test
    void listShowsEachDeadDeliveryWithItsLastError() {
        ProgramRun listed = run("list");

        assertThat(listed.status()).isZero();
        assertThat(listed.out()).contains("DELIVERY", "LAST ERROR", "2 dead deliveries");
        assertThat(line(listed, "dlv_1")).contains("expense.created", "acc-1/expense/43",
                "java.lang.IllegalStateException: ERP refused the posting: period 2026-10 is closed");
        assertThat(line(listed, "dlv_2")).contains("acc-1/expense/44");
        assertThat(run("list", "--limit", "1").out()).contains("1 dead delivery (the first 1; more with --limit)");
    }

    @Test
    void replayMakesOneDeliveryPendingAgainAndReplayAllTheRest() throws Exception {
        ProgramRun replayed = run("replay", "dlv_1");
        assertThat(replayed.status()).isZero();
        assertThat(replayed.out()).contains("Replayed dlv_1");
        assertThat(status("dlv_1")).isEqualTo("pending");
        assertThat(run("list").out()).contains("1 dead delivery").doesNotContain("dlv_1");

        ProgramRun again = run("replay", "dlv_1");
        assertThat(again.status()).isEqualTo(ExitStatus.FAILED);
        assertThat(again.err()).contains("no dead delivery dlv_1");

        ProgramRun all = run("replay-all");
        assertThat(all.out()).contains("Replayed 1 dead delivery");
        assertThat(status("dlv_2")).isEqualTo("pending");
        assertThat(run("list").out()).contains("0 dead deliveries");
    }

    @Test
    void wrongCommandLinesAndMissingSettingsAreExplained() {
        assertThat(run().status()).isEqualTo(ExitStatus.USAGE);
        assertThat(run("replay").err()).contains("replay takes one argument");
        assertThat(run("purge").err()).contains("unknown command 'purge'");
        assertThat(run("list", "--limit", "0").status()).isEqualTo(ExitStatus.USAGE);
        assertThat(run("--table", "x;drop", "list").status()).isEqualTo(ExitStatus.USAGE);
        assertThat(run("--help").out()).contains("Usage: DeadInboxDeliveries");

        ProgramRun noUrl = ProgramRun.of(DeadInboxDeliveries::run, Map.of(), "list");
        assertThat(noUrl.status()).isEqualTo(ExitStatus.FAILED);
        assertThat(noUrl.err()).contains(DeadInboxDeliveries.URL_VARIABLE);

        ProgramRun noTable = run("--table", "no_such_table", "list");
        assertThat(noTable.status()).isEqualTo(ExitStatus.FAILED);
        assertThat(noTable.err()).startsWith("error: could not list dead webhook deliveries");
    }

    private ProgramRun run(String... args) {
        return ProgramRun.of(DeadInboxDeliveries::run, environment, args);
    }

    private static String line(ProgramRun run, String deliveryId) {
        return run.out().lines().filter(line -> line.startsWith(deliveryId)).findFirst().orElseThrow();
    }

    private String status(String deliveryId) throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT status FROM payhawk_webhook_inbox WHERE delivery_id = '"
                     + deliveryId + "'")) {
            row.next();
            return row.getString(1);
        }
    }

    private void accept(String deliveryId, String expenseId) {
        byte[] body = ("{\"id\":\"" + deliveryId + "\",\"accountId\":\"acc-1\",\"eventType\":\"expense.created\","
                + "\"payload\":{\"expenseId\":\"" + expenseId + "\"}}").getBytes(StandardCharsets.UTF_8);
        Map<String, String> signed = payhawk.headers("/payhawk/webhooks", body, Instant.now());
        assertThat(inbox.handle("/payhawk/webhooks", Map.of(
                WebhookHeaders.TIMESTAMP, List.of(signed.get(WebhookHeaders.TIMESTAMP)),
                WebhookHeaders.SIGNATURE, List.of(signed.get(WebhookHeaders.SIGNATURE))), body).status())
                .isEqualTo(200);
    }
}
