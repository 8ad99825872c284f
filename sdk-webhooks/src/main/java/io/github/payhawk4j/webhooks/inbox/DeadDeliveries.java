package io.github.payhawk4j.webhooks.inbox;

import io.github.payhawk4j.webhooks.delivery.DeliveryStorageException;
import io.github.payhawk4j.webhooks.internal.Jdbc;
import io.github.payhawk4j.webhooks.internal.SqlIdentifier;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * The deliveries an inbox parked after their last failed attempt: list them, and replay them once the cause is
 * fixed (a replayed delivery is pending again with a fresh set of attempts, and a worker on any node runs it).
 * Needs no running inbox, only the database: an operator's tool can use it on its own.
 *
 * <pre>{@code
 * DeadDeliveries dead = DeadDeliveries.of(dataSource);
 * dead.list(100).forEach(d -> System.out.println(d.deliveryId() + " " + d.lastError()));
 * dead.replay("dlv_123");
 * }</pre>
 */
public final class DeadDeliveries {

    private final InboxTable table;
    private final Clock clock;

    DeadDeliveries(InboxTable table, Clock clock) {
        this.table = table;
        this.clock = clock;
    }

    /** The dead deliveries in the default table, {@value WebhookInbox#DEFAULT_TABLE}. */
    public static DeadDeliveries of(DataSource dataSource) {
        return of(dataSource, WebhookInbox.DEFAULT_TABLE);
    }

    /** The dead deliveries in the inbox table {@code tableName}. */
    public static DeadDeliveries of(DataSource dataSource, String tableName) {
        return new DeadDeliveries(new InboxTable(new Jdbc(Objects.requireNonNull(dataSource, "dataSource")),
                SqlIdentifier.requireTableName(tableName)), Clock.systemUTC());
    }

    /**
     * Up to {@code limit} dead deliveries, the oldest first.
     *
     * @throws DeliveryStorageException if the database cannot be read
     */
    public List<DeadDelivery> list(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, was " + limit);
        }
        try {
            return table.dead(limit);
        } catch (SQLException e) {
            throw new DeliveryStorageException("could not list dead webhook deliveries", e);
        }
    }

    /**
     * Makes one dead delivery pending again, with a fresh set of attempts.
     *
     * @return {@code false} if no dead delivery has that id (unknown, or not dead)
     * @throws DeliveryStorageException if the database cannot be written
     */
    public boolean replay(String deliveryId) {
        Objects.requireNonNull(deliveryId, "deliveryId");
        try {
            return table.replay(deliveryId, clock.millis()) == 1;
        } catch (SQLException e) {
            throw new DeliveryStorageException("could not replay dead webhook delivery " + deliveryId, e);
        }
    }

    /**
     * Makes every dead delivery pending again.
     *
     * @return how many were replayed
     * @throws DeliveryStorageException if the database cannot be written
     */
    public int replayAll() {
        try {
            return table.replay(null, clock.millis());
        } catch (SQLException e) {
            throw new DeliveryStorageException("could not replay dead webhook deliveries", e);
        }
    }
}
