package io.github.payhawk4j.spring.boot;

import io.github.payhawk4j.client.PayhawkClient;
import io.github.payhawk4j.model.webhook.EventType;
import io.github.payhawk4j.model.webhook.WebhookSubscription;
import io.github.payhawk4j.model.webhook.WebhookSubscriptionStatus;
import io.github.payhawk4j.sandbox.CardPurchase;
import io.github.payhawk4j.sandbox.PayhawkSandbox;
import io.github.payhawk4j.sandbox.SandboxAccount;
import io.github.payhawk4j.spring.boot.metrics.MonitorMeters;
import io.github.payhawk4j.webhooks.catchup.CatchUpResult;
import io.github.payhawk4j.webhooks.catchup.DeliveryGap;
import io.github.payhawk4j.webhooks.catchup.MonitorReport;
import io.github.payhawk4j.webhooks.catchup.ReceivedDeliveries;
import io.github.payhawk4j.webhooks.catchup.SubscriptionCheck;
import io.github.payhawk4j.webhooks.catchup.SubscriptionMonitor;
import io.github.payhawk4j.webhooks.testing.WebhookSigner;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
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

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The subscription monitor in a real app (no {@code @Bean} of any SDK type; mode jdbc, handlers in the delivery's
 * transaction, watermarks in the app's DataSource): the proxy in front of the app answers 503 until the sandbox
 * deactivates both subscriptions; the monitor's next check re-creates them, reports each gap with its bounds in the
 * report, in health and in meters, and closes it through the app's handler beans, every event booked exactly once;
 * a gap whose catch-up fails (the ledger is down) keeps health DOWN and is closed by the next check.
 * The interval is 0: the test drives {@code check()} itself, and waits only on the sandbox's delivery queue.
 */
@SpringBootTest(classes = MonitorOnSandboxTest.App.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.address=127.0.0.1", "payhawk.webhooks.mode=jdbc",
                "payhawk.webhooks.jdbc.handlers-in-transaction=true",
                "payhawk.webhooks.subscriptions.ensure=true",
                "payhawk.webhooks.monitor.enabled=true", "payhawk.webhooks.monitor.interval=0",
                "spring.sql.init.schema-locations=classpath:META-INF/payhawk4j/sql/delivery-store-h2.sql,"
                        + "classpath:META-INF/payhawk4j/sql/catch-up-watermark-h2.sql,classpath:booked-event-h2.sql",
                "management.endpoints.web.exposure.include=health", "management.endpoint.health.show-details=always"})
@DirtiesContext
class MonitorOnSandboxTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final PayhawkSandbox SANDBOX = PayhawkSandbox.builder()
            .signer(WebhookSigner.generate())
            .deliveryAttempts(1)
            .deliveryBackoff(Duration.ZERO, Duration.ZERO)
            .deactivateAfterFailedDeliveries(1)
            .start();
    private static final Ingress INGRESS = startIngress();

    /** An app that books reviewed expenses and settled payments in its own table. */
    @SpringBootConfiguration
    @EnableAutoConfiguration
    @Import({ReviewBookings.class, SettlementBookings.class})
    static class App {
    }

    @DynamicPropertySource
    static void payhawk(DynamicPropertyRegistry registry) {
        registry.add("payhawk.api-key", SANDBOX::apiKey);
        registry.add("payhawk.account-id", SANDBOX::accountId);
        registry.add("payhawk.base-url", SANDBOX::baseUrl);
        registry.add("payhawk.webhooks.callback-url", () -> INGRESS.url("/payhawk/webhooks"));
    }

    @AfterAll
    static void stop() {
        INGRESS.close();
        SANDBOX.close();
    }

    @Autowired
    private Environment environment;
    @Autowired
    private SubscriptionMonitor monitor;
    @Autowired
    private PayhawkClient client;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private MeterRegistry meters;
    @Autowired
    private ReviewBookings reviews;
    @Autowired
    private ReceivedDeliveries received;

    @Test
    void aDeactivatedSubscriptionIsRecreatedAndItsGapReportedAndClosedThroughTheHandlerBeans() throws Exception {
        // The start-up check subscribed the callback URL to what the handler beans handle.
        assertThat(monitor.lastReport()).get().extracting(MonitorReport::checks).asList()
                .extracting(check -> ((SubscriptionCheck) check).status())
                .containsOnly(SubscriptionCheck.Status.CREATED);
        INGRESS.forwardTo(environment.getRequiredProperty("local.server.port", Integer.class));
        SandboxAccount account = SANDBOX.account();
        String a = account.createCardExpense(CardPurchase.of("Lufthansa", new BigDecimal("420.00"), "EUR"));
        String b = account.createCardExpense(CardPurchase.of("Hilton", new BigDecimal("389.00"), "EUR"));
        String c = account.createCardExpense(CardPurchase.of("Figma", new BigDecimal("48.40"), "EUR"));
        account.reviewExpense(a);
        awaitDeliveries();
        assertThat(booked()).containsExactly(Map.entry(reviewed(a), false));
        MonitorReport calm = monitor.check();
        assertThat(calm.gaps()).isEmpty();
        assertThat(calm.checks()).extracting(SubscriptionCheck::status).containsOnly(SubscriptionCheck.Status.ACTIVE);

        // The app is unreachable: each subscription's next delivery fails and the sandbox deactivates it.
        INGRESS.down(true);
        account.reviewExpense(b);
        account.settlePayment(a);
        awaitDeliveries();
        assertThat(ours()).extracting(WebhookSubscription::status)
                .containsOnly(WebhookSubscriptionStatus.DEACTIVATED_BY_PAYHAWK);
        account.reviewExpense(c);   // no active subscription: not even tried
        awaitDeliveries();
        INGRESS.down(false);

        reviews.ledgerDown = true;
        MonitorReport recovery = monitor.check();

        // Both subscriptions are back; settlements are caught up, reviews fail in the handler: the gap stays open.
        assertThat(recovery.checks()).extracting(SubscriptionCheck::status)
                .containsOnly(SubscriptionCheck.Status.CREATED);
        assertThat(ours()).extracting(WebhookSubscription::status).contains(WebhookSubscriptionStatus.ACTIVE);
        CatchUpResult settlements = result(recovery, EventType.PAYMENT_SETTLED);
        assertThat(settlements.outcome()).isEqualTo(CatchUpResult.Outcome.CLOSED);
        assertThat(settlements.synthesized()).isEqualTo(1);
        CatchUpResult failedReviews = result(recovery, EventType.EXPENSE_REVIEWED);
        assertThat(failedReviews.outcome()).isEqualTo(CatchUpResult.Outcome.FAILED);
        DeliveryGap reviewGap = failedReviews.gap();
        Instant resumed = recovery.checks().get(0).subscription().orElseThrow().createdAt();
        assertThat(reviewGap.to()).isEqualTo(resumed);
        // From A's delivery, the last one the dispatcher told ReceivedDeliveries about (kept in the watermark table
        // to the millisecond), minus the default overlap.
        Instant lastReceived = received.lastReceived(SANDBOX.accountId(), EventType.EXPENSE_REVIEWED).orElseThrow();
        assertThat(reviewGap.from()).isEqualTo(lastReceived.truncatedTo(ChronoUnit.MILLIS)
                .minus(SubscriptionMonitor.DEFAULT_OVERLAP));
        assertThat(reviewGap.contains(reviewedAt(b))).isTrue();
        assertThat(reviewGap.contains(reviewedAt(c))).isTrue();
        assertThat(recovery.healthy()).isFalse();
        HttpResponse<String> down = Http.get(port(), "/actuator/health/payhawk");
        assertThat(down.statusCode()).as(down.body()).isEqualTo(503);
        assertThat(down.body()).contains("\"status\":\"DOWN\"")
                .contains("deliveries may be missing from " + reviewGap.from() + " to " + reviewGap.to()
                        + ": open, catch-up failed")
                .contains("closed, 1 event(s) caught up (1 handled, 0 already handled)");
        assertThat(count(MonitorMeters.GAPS, "expense.reviewed", "outcome", "failed")).isEqualTo(1);
        assertThat(count(MonitorMeters.GAPS, "payment.settled", "outcome", "closed")).isEqualTo(1);
        assertThat(count(MonitorMeters.EVENTS, "payment.settled", "outcome", "processed")).isEqualTo(1);
        assertThat(booked()).containsOnly(Map.entry(reviewed(a), false), Map.entry(settled(a), true));

        // The ledger is back: the next check finds the same gap still open and closes it through the handler.
        reviews.ledgerDown = false;
        MonitorReport retry = monitor.check();

        assertThat(retry.checks()).extracting(SubscriptionCheck::status).containsOnly(SubscriptionCheck.Status.ACTIVE);
        assertThat(retry.gaps()).containsExactly(reviewGap);
        CatchUpResult caughtUpReviews = result(retry, EventType.EXPENSE_REVIEWED);
        assertThat(caughtUpReviews.outcome()).isEqualTo(CatchUpResult.Outcome.CLOSED);
        // A's review, delivered just before the outage, is inside the overlap: its twin ran and booked nothing.
        assertThat(caughtUpReviews.synthesized()).isEqualTo(3);
        assertThat(caughtUpReviews.processed()).isEqualTo(3);
        assertThat(retry.healthy()).isTrue();
        assertThat(booked()).containsOnly(Map.entry(reviewed(a), false), Map.entry(reviewed(b), true),
                Map.entry(reviewed(c), true), Map.entry(settled(a), true));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM payhawk_catch_up_watermark", Integer.class)).isEqualTo(2);
        HttpResponse<String> up = Http.get(port(), "/actuator/health/payhawk");
        assertThat(up.statusCode()).as(up.body()).isEqualTo(200);
        assertThat(up.body()).contains("\"status\":\"UP\"")
                .contains("deliveries may be missing from " + reviewGap.from() + " to " + reviewGap.to()
                        + ": closed, 3 event(s) caught up (3 handled, 0 already handled)")
                .contains("\"payment.settled\":\"active\"");
        assertThat(count(MonitorMeters.GAPS, "expense.reviewed", "outcome", "closed")).isEqualTo(1);
        assertThat(count(MonitorMeters.EVENTS, "expense.reviewed", "outcome", "synthesized"))
                .as("3 by the failed attempt, 3 by the retry").isEqualTo(6);
        assertThat(count(MonitorMeters.EVENTS, "expense.reviewed", "outcome", "processed")).isEqualTo(3);
        assertThat(count(MonitorMeters.CHECKS, "expense.reviewed", "status", "created")).as("at start-up, recovery")
                .isEqualTo(2);
        assertThat(count(MonitorMeters.CHECKS, "expense.reviewed", "status", "active")).as("calm, retry")
                .isEqualTo(2);

        // Closed for good: the next check finds no gap, and deliveries flow to the handlers again.
        assertThat(monitor.check().gaps()).isEmpty();
        account.settlePayment(b);
        awaitDeliveries();
        assertThat(booked()).containsEntry(settled(b), false).hasSize(5);
        assertThat(Http.get(port(), "/actuator/health/payhawk").body())
                .contains("\"expense.reviewed\":\"active\"", "\"payment.settled\":\"active\"");
    }

    private static CatchUpResult result(MonitorReport report, EventType eventType) {
        return report.checks().stream().filter(check -> check.required().eventType().equals(eventType))
                .findFirst().orElseThrow().catchUp().orElseThrow();
    }

    private int port() {
        return environment.getRequiredProperty("local.server.port", Integer.class);
    }

    private List<WebhookSubscription> ours() {
        String callbackUrl = INGRESS.url("/payhawk/webhooks");
        return client.webhooks().list().stream()
                .filter(subscription -> callbackUrl.equals(subscription.callbackUrl())).toList();
    }

    private Instant reviewedAt(String expenseId) {
        return client.expenses().get(expenseId).reviewedAt();
    }

    private String reviewed(String expenseId) {
        return "expense.reviewed:" + SANDBOX.accountId() + ":" + expenseId;
    }

    private String settled(String expenseId) {
        String paymentId = SANDBOX.account().payments(expenseId).get(0).get("id").asText();
        return "payment.settled:" + SANDBOX.accountId() + ":" + paymentId;
    }

    private void awaitDeliveries() {
        assertThat(SANDBOX.awaitDeliveries(WAIT)).as("the sandbox finished delivering").isTrue();
    }

    /** Booked event keys, each with whether the catch-up booked it. */
    private Map<String, Boolean> booked() {
        Map<String, Boolean> booked = new LinkedHashMap<>();
        jdbc.query("SELECT event_key, catch_up FROM booked_event ORDER BY event_key",
                row -> {
                    booked.put(row.getString(1), row.getBoolean(2));
                });
        return booked;
    }

    private double count(String name, String eventType, String tag, String value) {
        Counter counter = meters.find(name).tag("event.type", eventType).tag(tag, value).counter();
        return counter == null ? 0 : counter.count();
    }

    private static Ingress startIngress() {
        try {
            return Ingress.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
