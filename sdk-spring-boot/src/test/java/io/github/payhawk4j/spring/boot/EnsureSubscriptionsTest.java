package io.github.payhawk4j.spring.boot;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.payhawk4j.client.PayhawkClient;
import io.github.payhawk4j.sandbox.PayhawkSandbox;
import io.github.payhawk4j.spring.boot.health.PayhawkHealthCheck;
import io.github.payhawk4j.webhooks.testing.WebhookSigner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code payhawk.webhooks.subscriptions.ensure}, the app subscribes its callback URL at start-up to the event
 * types its handler beans handle (a group handler's whole group), and health checks that they stay active.
 */
@SpringBootTest(classes = EnsureSubscriptionsTest.App.class, webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {"payhawk.webhooks.callback-url=" + EnsureSubscriptionsTest.CALLBACK_URL,
                "payhawk.webhooks.subscriptions.ensure=true"})
@DirtiesContext
class EnsureSubscriptionsTest {

    /** Never delivered to: these tests play no business event. */
    static final String CALLBACK_URL = "https://erp.example.com/payhawk/webhooks";

    private static final PayhawkSandbox SANDBOX = PayhawkSandbox.builder().signer(WebhookSigner.generate()).start();

    /** The example app with a second handler, for every payment event. */
    @SpringBootConfiguration
    @EnableAutoConfiguration
    @Import({ExpenseApprovals.class, PaymentUpdates.class})
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
    private PayhawkHealthCheck health;
    @Autowired
    private PayhawkClient client;

    @Test
    void theHandledEventTypesAreSubscribedAtStartUpAndHealthSeesThemActive() {
        List<String> subscribed = SANDBOX.account().webhookSubscriptions().stream()
                .filter(subscription -> subscription.path("callbackUrl").asText().equals(CALLBACK_URL))
                .map(subscription -> subscription.path("eventType").asText())
                .sorted().toList();

        assertThat(subscribed).containsExactly("expense.approved", "payment.authorized", "payment.failed",
                "payment.reverted", "payment.settled");
        PayhawkHealthCheck.Report report = health.check();
        assertThat(report.up()).as(report.details().toString()).isTrue();
    }

    @Test
    void healthIsDownWhileASubscriptionIsMissing() {
        ObjectNode settled = SANDBOX.account().webhookSubscriptions().stream()
                .filter(subscription -> subscription.path("eventType").asText().equals("payment.settled"))
                .findFirst().orElseThrow();
        client.webhooks().delete(settled.path("id").asText());
        try {
            PayhawkHealthCheck.Report report = health.check();

            assertThat(report.up()).isFalse();
            assertThat(report.details().get("subscriptions").toString())
                    .contains("payment.settled=missing or deactivated", "expense.approved=active");
        } finally {
            client.webhooks().ensure(io.github.payhawk4j.model.webhook.EventType.PAYMENT_SETTLED, CALLBACK_URL);
        }
    }
}
