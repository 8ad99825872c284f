package io.github.payhawk4j.webhooks.scaleout;

import com.zaxxer.hikari.HikariDataSource;
import io.github.payhawk4j.webhooks.WebhookDispatcher;
import io.github.payhawk4j.webhooks.WebhookVerifier;
import io.github.payhawk4j.webhooks.database.TestDatabase;
import io.github.payhawk4j.webhooks.delivery.JdbcDeliveryStore;
import io.github.payhawk4j.webhooks.event.ExpenseCreated;
import io.github.payhawk4j.webhooks.inbox.WebhookInbox;
import io.github.payhawk4j.webhooks.key.FixedPublicKeySource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * A receiving node in a process of its own, for {@link NodeCrashTest} to kill: a dispatcher (handlers in the JDBC
 * store's transaction) on {@code /dispatch} and an inbox with started workers on {@code /inbox}. Every handler books
 * into the ledger and then hangs, so the node holds claims and leased rows, with uncommitted bookings, until it
 * dies. Prints {@code PORT <port>} once it listens.
 *
 * <p>Arguments: the database's JDBC URL, a file with the public key (PEM), the lease in milliseconds.
 */
public final class CrashingNode {

    private CrashingNode() {
    }

    public static void main(String[] args) throws Exception {
        String jdbcUrl = args[0];
        String publicKeyPem = Files.readString(Path.of(args[1]));
        Duration lease = Duration.ofMillis(Long.parseLong(args[2]));

        HikariDataSource pool = TestDatabase.pool(jdbcUrl, 12);
        WebhookVerifier verifier = WebhookVerifier.builder()
                .publicKeySource(FixedPublicKeySource.parse(publicKeyPem))
                .clock(Clock.fixed(Payhawk.NOW, ZoneOffset.UTC))
                .build();
        WebhookDispatcher dispatcher = WebhookDispatcher.builder()
                .verifier(verifier)
                .deliveryStore(JdbcDeliveryStore.builder(pool).lease(lease).build())
                .handlersInTransaction(true)
                .on(ExpenseCreated.class, (event, context) -> {
                    try (PreparedStatement book = context.connection().prepareStatement(
                            "INSERT INTO ledger (delivery_id, node) VALUES (?, 'crashing')")) {
                        book.setString(1, event.deliveryId());
                        book.executeUpdate();
                    }
                    Thread.sleep(Long.MAX_VALUE); // hangs until the process is killed
                })
                .build();
        WebhookInbox inbox = WebhookInbox.builder(pool, dispatcher)
                .workers(4)
                .lease(lease)
                .pollInterval(Duration.ofMillis(100))
                .build();
        inbox.start();
        JettyNode node = JettyNode.start(Map.of("/dispatch", dispatcher, "/inbox", inbox));
        System.out.println("PORT " + node.port());
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
