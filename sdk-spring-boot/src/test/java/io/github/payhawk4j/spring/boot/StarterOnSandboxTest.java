package io.github.payhawk4j.spring.boot;

import io.github.payhawk4j.client.PayhawkClient;
import io.github.payhawk4j.model.webhook.EventType;
import io.github.payhawk4j.sandbox.CardPurchase;
import io.github.payhawk4j.sandbox.PayhawkSandbox;
import io.github.payhawk4j.sandbox.SandboxAccount;
import io.github.payhawk4j.spring.boot.metrics.MicrometerClientListener;
import io.github.payhawk4j.spring.boot.metrics.MicrometerWebhookListener;
import io.github.payhawk4j.webhooks.servlet.PayhawkWebhookFilter;
import io.github.payhawk4j.webhooks.testing.WebhookSigner;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.core.env.Environment;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The example app on a real embedded server against the sandbox, configured by properties alone: a delivery the
 * sandbox signs reaches the handler bean (with the delivery in the MDC), a forged one is 401, and both are counted in
 * {@code http.server.requests} and in the SDK's meters; the client's calls are observed; health is UP.
 */
@SpringBootTest(classes = PartnerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.address=127.0.0.1", "management.endpoints.web.exposure.include=health",
                "management.endpoint.health.show-details=always"})
@DirtiesContext
class StarterOnSandboxTest {

    private static final PayhawkSandbox SANDBOX = PayhawkSandbox.builder().signer(WebhookSigner.generate()).start();

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
    private PayhawkClient client;
    @Autowired
    private ExpenseApprovals approvals;
    @Autowired
    private MeterRegistry meters;
    @Autowired
    private List<FilterRegistrationBean<?>> filters;

    @Test
    void aSignedDeliveryReachesTheHandlerBeanAForgedOneIs401AndBothAreCounted() throws Exception {
        int port = port();
        client.webhooks().create(EventType.EXPENSE_APPROVED, "http://127.0.0.1:" + port + "/payhawk/webhooks");
        SandboxAccount account = SANDBOX.account();
        String expenseId = account.createCardExpense(CardPurchase.of("Lufthansa", new BigDecimal("420.10"), "EUR"));
        account.reviewExpense(expenseId);
        account.approveExpense(expenseId);
        assertThat(SANDBOX.awaitDeliveries(Http.HANG)).isTrue();

        String deliveryId = SANDBOX.deliveries().get(0).deliveryId();
        assertThat(approvals.expenseIds).containsExactly(expenseId);
        assertThat(approvals.mdcDeliveryIds).containsExactly(deliveryId);

        String body = "{\"id\":\"forged-1\",\"accountId\":\"" + SANDBOX.accountId()
                + "\",\"eventType\":\"expense.approved\",\"payload\":{\"expenseId\":\"" + expenseId + "\"}}";
        HttpResponse<String> forged = Http.post(port, "/payhawk/webhooks", body, WebhookSigner.generate()
                .headers("/payhawk/webhooks", body.getBytes(StandardCharsets.UTF_8), Instant.now()));

        assertThat(forged.statusCode()).isEqualTo(401);
        assertThat(approvals.expenseIds).containsExactly(expenseId);
        assertThat(Http.awaitAtLeast(1, () -> serverRequests("200"), "POSTs answered 200")).isEqualTo(1);
        assertThat(Http.awaitAtLeast(1, () -> serverRequests("401"), "POSTs answered 401")).isEqualTo(1);
        assertThat(deliveries("handled", "expense.approved", "none")).isEqualTo(1);
        assertThat(deliveries("rejected", "none", "signature_mismatch")).isEqualTo(1);
        assertThat(deliveries("received", "none", "none")).isEqualTo(2);
        Timer handler = meters.find(MicrometerWebhookListener.HANDLER).tag("event.type", "expense.approved").timer();
        assertThat(handler).isNotNull();
        assertThat(handler.count()).isEqualTo(1);
    }

    @Test
    void theClientsCallsAreObservedByOperationAndOutcome() {
        client.webhooks().list();

        Timer listed = meters.find(MicrometerClientListener.REQUESTS)
                .tag("operation", "GET /accounts/{accountId}/webhooks").tag("outcome", "200").timer();
        assertThat(listed).isNotNull();
        assertThat(listed.count()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void healthIsUpWhenPayhawksKeyIsObtainable() throws Exception {
        HttpResponse<String> health = Http.get(port(), "/actuator/health/payhawk");

        assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"").contains("\"webhookKey\":\"available\"");
    }

    @Test
    void theFilterRunsRightAfterBootsObservationFilter() {
        int observation = orderOf("ServerHttpObservationFilter");
        int webhooks = orderOf(PayhawkWebhookFilter.class.getSimpleName());

        assertThat(webhooks).isEqualTo(observation + 1).isEqualTo(PayhawkWebhooksAutoConfiguration.FILTER_ORDER);
    }

    private int port() {
        return environment.getRequiredProperty("local.server.port", Integer.class);
    }

    private double serverRequests(String status) {
        Timer timer = meters.find("http.server.requests").tag("method", "POST").tag("status", status).timer();
        return timer == null ? 0 : timer.count();
    }

    private double deliveries(String outcome, String eventType, String reason) {
        Counter counter = meters.find(MicrometerWebhookListener.DELIVERIES).tag("outcome", outcome)
                .tag("event.type", eventType).tag("reason", reason).counter();
        return counter == null ? 0 : counter.count();
    }

    private int orderOf(String filterSimpleName) {
        return filters.stream()
                .filter(registration -> registration.getFilter().getClass().getSimpleName().equals(filterSimpleName))
                .mapToInt(FilterRegistrationBean::getOrder)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no registration of " + filterSimpleName));
    }

}
