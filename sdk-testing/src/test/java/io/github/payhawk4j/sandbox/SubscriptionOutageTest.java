package io.github.payhawk4j.sandbox;

import io.github.payhawk4j.client.PayhawkClient;
import io.github.payhawk4j.model.webhook.EventType;
import io.github.payhawk4j.model.webhook.WebhookSubscription;
import io.github.payhawk4j.model.webhook.WebhookSubscriptionStatus;
import io.github.payhawk4j.webhooks.HandlerContext;
import io.github.payhawk4j.webhooks.WebhookDispatcher;
import io.github.payhawk4j.webhooks.WebhookHandler;
import io.github.payhawk4j.webhooks.WebhookVerifier;
import io.github.payhawk4j.webhooks.catchup.CatchUp;
import io.github.payhawk4j.webhooks.catchup.CatchUpResult;
import io.github.payhawk4j.webhooks.catchup.DeliveryGap;
import io.github.payhawk4j.webhooks.catchup.EventKey;
import io.github.payhawk4j.webhooks.catchup.JdbcWatermarkStore;
import io.github.payhawk4j.webhooks.catchup.MonitorReport;
import io.github.payhawk4j.webhooks.catchup.ReceivedDeliveries;
import io.github.payhawk4j.webhooks.catchup.SubscriptionCheck;
import io.github.payhawk4j.webhooks.catchup.SubscriptionMonitor;
import io.github.payhawk4j.webhooks.delivery.JdbcDeliveryStore;
import io.github.payhawk4j.webhooks.event.ExpenseReviewed;
import io.github.payhawk4j.webhooks.event.PaymentSettled;
import io.github.payhawk4j.webhooks.event.WebhookEvent;
import io.github.payhawk4j.webhooks.key.FixedPublicKeySource;
import io.github.payhawk4j.webhooks.testing.WebhookSigner;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.interfaces.RSAPublicKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The partner app is down longer than Payhawk retries: the sandbox deactivates its subscriptions, the monitor
 * re-creates them and reports the gap, the catch-up closes it through the same handlers, and every change is
 * booked exactly once, also when a real delivery and its synthesized twin both arrive, in either order. Time is
 * the test's: one clock for the sandbox, the verifier and the monitor; waits are on the sandbox's queue and on
 * latches, never on sleeps.
 */
class SubscriptionOutageTest {

    private static final Instant NINE = Instant.parse("2026-12-02T09:00:00Z");
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final WebhookSigner SIGNER = WebhookSigner.generate(3072);

    private final MovableClock clock = new MovableClock(NINE);
    private PayhawkSandbox sandbox;
    private PayhawkClient client;
    private JdbcDataSource database;
    private PartnerEndpoint endpoint;
    private SubscriptionMonitor monitor;
    private CatchUp catchUp;

    @BeforeEach
    void startPartnerAppAndSandbox() throws Exception {
        sandbox = PayhawkSandbox.builder()
                .clock(clock)
                .signer(SIGNER)
                .withoutRateLimit()
                .deliveryAttempts(2)
                .deliveryBackoff(Duration.ZERO, Duration.ZERO)
                .deactivateAfterFailedDeliveries(2)
                .start();
        client = PayhawkClient.builder().baseUrl(sandbox.baseUrl()).apiKey(sandbox.apiKey())
                .accountId(sandbox.accountId()).build();
        database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:outage_" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        runScript("delivery-store-h2.sql");
        runScript("catch-up-watermark-h2.sql");
        execute("CREATE TABLE booked_event (event_key VARCHAR(255) PRIMARY KEY, delivery_id VARCHAR(255) NOT NULL,"
                + " catch_up BOOLEAN NOT NULL)");

        ReceivedDeliveries received = new ReceivedDeliveries(clock);
        WebhookHandler<WebhookEvent> bookOnce = SubscriptionOutageTest::bookOnce;
        WebhookDispatcher dispatcher = WebhookDispatcher.builder()
                .verifier(WebhookVerifier.builder()
                        .publicKeySource(FixedPublicKeySource.of((RSAPublicKey) sandbox.publicKey()))
                        .clock(clock)
                        .build())
                .client(client)
                .deliveryStore(JdbcDeliveryStore.builder(database).clock(clock).build())
                .handlersInTransaction(true)
                .listener(received)
                .on(ExpenseReviewed.class, bookOnce::handle)
                .on(PaymentSettled.class, bookOnce::handle)
                .build();
        endpoint = new PartnerEndpoint(dispatcher);
        catchUp = CatchUp.of(dispatcher, client);
        monitor = SubscriptionMonitor.builder(client)
                .requireAll(List.of(EventType.EXPENSE_REVIEWED, EventType.PAYMENT_SETTLED), endpoint.callbackUrl())
                .watermarks(JdbcWatermarkStore.of(database))
                .receivedDeliveries(received)
                .catchUp(catchUp)
                .overlap(Duration.ZERO)
                .clock(clock)
                .build();
    }

    @AfterEach
    void stop() {
        if (endpoint != null) {
            endpoint.close();
        }
        if (sandbox != null) {
            sandbox.close();
        }
    }

    /**
     * The handler both event types share: books the change once by its {@link EventKey}, in the transaction that
     * also records the delivery id, whichever copy (real or synthesized) comes first.
     */
    private static void bookOnce(WebhookEvent event, HandlerContext context) throws SQLException {
        String key = EventKey.of(event).orElseThrow().value();
        Connection transaction = context.connection();
        try (PreparedStatement seen = transaction.prepareStatement("SELECT 1 FROM booked_event WHERE event_key = ?")) {
            seen.setString(1, key);
            try (ResultSet row = seen.executeQuery()) {
                if (row.next()) {
                    return;
                }
            }
        }
        try (PreparedStatement book = transaction.prepareStatement(
                "INSERT INTO booked_event (event_key, delivery_id, catch_up) VALUES (?, ?, ?)")) {
            book.setString(1, key);
            book.setString(2, event.deliveryId());
            book.setBoolean(3, context.isCatchUp());
            book.executeUpdate();
        }
    }

    @Test
    void anOutageLongerThanPayhawkRetriesIsReportedWithItsBoundsAndClosedExactlyOnce() throws Exception {
        SandboxAccount account = sandbox.account();
        MonitorReport first = monitor.check();
        assertThat(first.checks()).extracting(SubscriptionCheck::status)
                .containsOnly(SubscriptionCheck.Status.CREATED);
        assertThat(first.healthy()).isTrue();

        // 10:00, all is well: A is reviewed and its delivery processed.
        clock.set(NINE.plus(Duration.ofHours(1)));
        String a = account.createCardExpense(CardPurchase.of("Lufthansa", new BigDecimal("420.00"), "EUR"));
        String b = account.createCardExpense(CardPurchase.of("Hilton", new BigDecimal("389.00"), "EUR"));
        String c = account.createCardExpense(CardPurchase.of("Figma", new BigDecimal("48.40"), "EUR"));
        String d = account.createCardExpense(CardPurchase.of("AWS", new BigDecimal("118.40"), "EUR"));
        account.reviewExpense(a);
        awaitDeliveries();
        assertThat(monitor.check().gaps()).isEmpty();

        // 11:00 to 11:20, the partner app is down: deliveries fail until Payhawk deactivates the subscriptions.
        endpoint.down(true);
        clock.set(NINE.plus(Duration.ofHours(2)));
        account.reviewExpense(b);
        account.settlePayment(a);
        awaitDeliveries();
        clock.set(NINE.plus(Duration.ofMinutes(130)));
        account.reviewExpense(c);
        account.settlePayment(b);
        awaitDeliveries();
        assertThat(client.webhooks().list()).extracting(WebhookSubscription::status)
                .containsOnly(WebhookSubscriptionStatus.DEACTIVATED_BY_PAYHAWK);
        clock.set(NINE.plus(Duration.ofMinutes(140)));
        account.reviewExpense(d);   // no active subscription: Payhawk does not even try
        awaitDeliveries();

        // 12:00, the app is back; the monitor's next check re-creates the subscriptions and closes the gaps.
        endpoint.down(false);
        Instant noon = NINE.plus(Duration.ofHours(3));
        clock.set(noon);
        MonitorReport recovery = monitor.check();

        assertThat(recovery.checks()).extracting(SubscriptionCheck::status)
                .containsOnly(SubscriptionCheck.Status.CREATED);
        Map<EventType, DeliveryGap> gaps = new LinkedHashMap<>();
        recovery.gaps().forEach(gap -> gaps.put(gap.eventType(), gap));
        // From the last delivery received (A's review at 10:00) or, for settlements, which never had one, the
        // first check; to the new subscriptions' creation.
        assertThat(gaps.get(EventType.EXPENSE_REVIEWED).from()).isEqualTo(NINE.plus(Duration.ofHours(1)));
        assertThat(gaps.get(EventType.EXPENSE_REVIEWED).to()).isEqualTo(noon);
        assertThat(gaps.get(EventType.PAYMENT_SETTLED).from()).isEqualTo(NINE);
        assertThat(gaps.get(EventType.PAYMENT_SETTLED).to()).isEqualTo(noon);
        assertThat(recovery.checks()).allSatisfy(check ->
                assertThat(check.catchUp()).get().extracting(CatchUpResult::outcome)
                        .isEqualTo(CatchUpResult.Outcome.CLOSED));
        assertThat(recovery.healthy()).isTrue();
        // A's review was delivered at 10:00 and lies on the gap's edge: its twin ran, and booked nothing again.
        assertThat(booked()).containsOnlyKeys(reviewed(a), reviewed(b), reviewed(c), reviewed(d),
                settled(a), settled(b));
        assertThat(booked().get(reviewed(a))).isFalse();
        assertThat(booked()).allSatisfy((key, catchUpBooked) -> {
            if (!key.equals(reviewed(a))) {
                assertThat(catchUpBooked).as(key).isTrue();
            }
        });

        // The gap is closed for good: the next check finds none, and catching it up again is all duplicates.
        clock.set(noon.plus(Duration.ofMinutes(5)));
        assertThat(monitor.check().gaps()).isEmpty();
        CatchUpResult again = catchUp.close(gaps.get(EventType.EXPENSE_REVIEWED));
        assertThat(again.synthesized()).isEqualTo(4);
        assertThat(again.duplicates()).isEqualTo(4);
        assertThat(again.processed()).isZero();
        assertThat(booked()).hasSize(6);
    }

    @Test
    void aRealDeliveryArrivingAfterItsCatchUpTwinBooksNothingAgain() throws Exception {
        SandboxAccount account = sandbox.account();
        monitor.check();
        clock.set(NINE.plus(Duration.ofHours(1)));
        String e = account.createCardExpense(CardPurchase.of("Zum Franziskaner", new BigDecimal("86.50"), "EUR"));
        awaitDeliveries();

        // The real delivery of E's review is on its way in, slowly; a catch-up of the window gets there first.
        PartnerEndpoint.Hold slow = endpoint.holdNext();
        account.reviewExpense(e);
        assertThat(slow.awaitArrival(WAIT)).isTrue();
        CatchUpResult twin = catchUp.close(new DeliveryGap(sandbox.accountId(), EventType.EXPENSE_REVIEWED,
                endpoint.callbackUrl(), NINE, clock.instant()));
        assertThat(twin.processed()).isEqualTo(1);
        slow.release();
        awaitDeliveries();

        assertThat(sandbox.deliveries()).filteredOn(delivery -> delivery.eventType().equals("expense.reviewed"))
                .singleElement().extracting(DeliveryRecord::status).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(booked()).containsOnlyKeys(reviewed(e));
        assertThat(booked().get(reviewed(e))).as("booked by the twin").isTrue();
    }

    private String reviewed(String expenseId) {
        return "expense.reviewed:" + sandbox.accountId() + ":" + expenseId;
    }

    private String settled(String expenseId) {
        String paymentId = sandbox.account().payments(expenseId).get(0).get("id").asText();
        return "payment.settled:" + sandbox.accountId() + ":" + paymentId;
    }

    private void awaitDeliveries() {
        assertThat(sandbox.awaitDeliveries(WAIT)).as("the sandbox finished delivering").isTrue();
    }

    /** Booked event keys, each with whether a catch-up booked it. */
    private Map<String, Boolean> booked() throws SQLException {
        Map<String, Boolean> booked = new LinkedHashMap<>();
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT event_key, catch_up FROM booked_event ORDER BY event_key")) {
            while (rows.next()) {
                booked.put(rows.getString(1), rows.getBoolean(2));
            }
        }
        return booked;
    }

    private void runScript(String name) throws IOException, SQLException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("META-INF/payhawk4j/sql/" + name)) {
            assertThat(in).as(name).isNotNull();
            String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?m)^--.*$", "");
            for (String statement : sql.split(";")) {
                if (!statement.isBlank()) {
                    execute(statement);
                }
            }
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
