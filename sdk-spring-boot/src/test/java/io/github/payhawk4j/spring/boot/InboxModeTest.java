package io.github.payhawk4j.spring.boot;

import io.github.payhawk4j.sandbox.PayhawkSandbox;
import io.github.payhawk4j.spring.boot.health.PayhawkHealthCheck;
import io.github.payhawk4j.spring.boot.metrics.InboxMeters;
import io.github.payhawk4j.webhooks.inbox.WebhookInbox;
import io.github.payhawk4j.webhooks.testing.WebhookSigner;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import javax.sql.DataSource;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code payhawk.webhooks.mode: inbox} with the application's DataSource (embedded H2, tables from the SDK's DDL by
 * {@code spring.sql.init}): the request stores the verified delivery and answers {@code accepted}, a worker books it
 * in the app's table in the delivery's transaction, a copy is a duplicate, and the inbox has gauges and health.
 */
@SpringBootTest(classes = InboxModeTest.App.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.address=127.0.0.1", "payhawk.webhooks.mode=inbox",
                "payhawk.webhooks.inbox.poll-interval=100ms",
                "spring.sql.init.schema-locations=classpath:META-INF/payhawk4j/sql/inbox-h2.sql,classpath:ledger-h2.sql"})
@DirtiesContext
class InboxModeTest {

    private static final WebhookSigner SIGNER = WebhookSigner.generate();
    private static final PayhawkSandbox SANDBOX = PayhawkSandbox.builder().signer(SIGNER).start();

    /** An app whose handler writes to its own table. */
    @SpringBootConfiguration
    @EnableAutoConfiguration
    @Import(LedgerBooking.class)
    static class App {
    }

    @DynamicPropertySource
    static void payhawk(DynamicPropertyRegistry registry) {
        registry.add("payhawk.api-key", SANDBOX::apiKey);
        registry.add("payhawk.account-id", SANDBOX::accountId);
        registry.add("payhawk.base-url", SANDBOX::baseUrl);
    }

    @AfterAll
    static void stopSandbox() {
        SANDBOX.close();
    }

    @Autowired
    private Environment environment;
    @Autowired
    private DataSource dataSource;
    @Autowired
    private WebhookInbox inbox;
    @Autowired
    private MeterRegistry meters;
    @Autowired
    private PayhawkHealthCheck health;

    @Test
    void aDeliveryIsAcceptedThenBookedOnceByAWorker() throws Exception {
        SignedDeliveries deliveries = new SignedDeliveries(SIGNER, SANDBOX.accountId());
        int port = environment.getRequiredProperty("local.server.port", Integer.class);

        HttpResponse<String> first = deliveries.approved(port, "d-inbox-1", "exp-71");
        Http.awaitAtLeast(1, () -> (double) bookedRows("exp-71"), "booked rows");
        HttpResponse<String> copy = deliveries.approved(port, "d-inbox-1", "exp-71");

        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(first.body()).contains("accepted");
        assertThat(copy.body()).contains("duplicate");
        assertThat(bookedRows("exp-71")).isEqualTo(1);
        Http.awaitAtLeast(0, () -> (double) -inbox.statistics().pending(), "no pending delivery");
        Gauge pending = meters.find(InboxMeters.PENDING).gauge();
        assertThat(pending).isNotNull();
        assertThat(meters.find(InboxMeters.DEAD).gauge().value()).isZero();
        PayhawkHealthCheck.Report report = health.check();
        assertThat(report.up()).as(report.details().toString()).isTrue();
        assertThat(report.details()).containsKey("inbox");
    }

    private int bookedRows(String expenseId) {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "SELECT COUNT(*) FROM booked_expense WHERE expense_id = '" + expenseId + "'")) {
            rows.next();
            return rows.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
