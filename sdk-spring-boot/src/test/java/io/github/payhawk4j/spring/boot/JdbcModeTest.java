package io.github.payhawk4j.spring.boot;

import io.github.payhawk4j.sandbox.PayhawkSandbox;
import io.github.payhawk4j.webhooks.testing.WebhookSigner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code payhawk.webhooks.mode: jdbc} with handlers in the delivery's transaction: the handler books the expense in
 * the request, through the transaction that records the delivery, and a copy of the delivery is a duplicate.
 */
@SpringBootTest(classes = JdbcModeTest.App.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.address=127.0.0.1", "payhawk.webhooks.mode=jdbc",
                "payhawk.webhooks.jdbc.handlers-in-transaction=true",
                "spring.sql.init.schema-locations=classpath:META-INF/payhawk4j/sql/delivery-store-h2.sql,classpath:ledger-h2.sql"})
@DirtiesContext
class JdbcModeTest {

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
    private JdbcTemplate jdbc;

    @Test
    void aDeliveryIsBookedInItsTransactionAndACopyIsADuplicate() throws Exception {
        SignedDeliveries deliveries = new SignedDeliveries(SIGNER, SANDBOX.accountId());
        int port = environment.getRequiredProperty("local.server.port", Integer.class);

        HttpResponse<String> first = deliveries.approved(port, "d-jdbc-1", "exp-72");
        HttpResponse<String> copy = deliveries.approved(port, "d-jdbc-1", "exp-72");

        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(first.body()).contains("processed");
        assertThat(copy.statusCode()).isEqualTo(200);
        assertThat(copy.body()).contains("duplicate");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM booked_expense WHERE expense_id = 'exp-72'",
                Integer.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT status FROM payhawk_webhook_delivery WHERE delivery_id = 'd-jdbc-1'",
                String.class)).isEqualTo("processed");
    }
}
