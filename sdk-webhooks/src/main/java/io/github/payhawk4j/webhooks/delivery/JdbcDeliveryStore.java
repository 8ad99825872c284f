package io.github.payhawk4j.webhooks.delivery;

import io.github.payhawk4j.webhooks.internal.DuplicateKey;
import io.github.payhawk4j.webhooks.internal.Jdbc;
import io.github.payhawk4j.webhooks.internal.SqlIdentifier;
import io.github.payhawk4j.webhooks.internal.TransactionConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A {@link DeliveryStore} on a database table shared by every node of a cluster, through plain JDBC on the
 * {@link DataSource} you pass (no driver, pool or ORM comes with the SDK).
 *
 * <pre>{@code
 * JdbcDeliveryStore store = JdbcDeliveryStore.builder(dataSource).build();
 * WebhookDispatcher dispatcher = WebhookDispatcher.builder().verifier(verifier).deliveryStore(store)...build();
 * }</pre>
 *
 * <ul>
 *   <li><b>Claims are atomic across nodes.</b> {@code claim} inserts a row keyed by the delivery id; of any number
 *       of concurrent claims on any nodes, the one insert that succeeds is {@code CLAIMED}, the others see the
 *       duplicate key and read the row ({@code IN_PROGRESS} or {@code ALREADY_PROCESSED}). Nothing is read first.</li>
 *   <li><b>Claims have a lease</b> ({@link Builder#lease(Duration)}, default 5 minutes). A claim whose node died is
 *       taken over by the next copy of the delivery once its lease has expired, by a conditional update that only
 *       one node can win. Choose a lease longer than your slowest handler.</li>
 *   <li><b>{@code confirm} and {@code release} are idempotent</b> and only ever touch this store's own claims:
 *       a node whose claim was taken over cannot release the new owner's claim.</li>
 *   <li><b>Processed ids are kept for {@link Builder#retention(Duration) retention}</b> (default 7 days), then
 *       purged in batches of {@link Builder#purgeBatchSize(int)} rows, at most once per
 *       {@link Builder#purgeInterval(Duration)} per node, by the claim that finds the purge due
 *       (or call {@link #purgeExpired()} from a scheduler).</li>
 * </ul>
 *
 * <p>It is also a {@link TransactionalDeliveryStore}: with {@code WebhookDispatcher.Builder.handlersInTransaction(true)}
 * the handler runs in the transaction that marks the delivery processed, and gets its connection from
 * {@code HandlerContext.connection()}.
 *
 * <p>The table ({@value #DEFAULT_TABLE} unless {@link Builder#tableName(String) renamed}) is created by you, from
 * the DDL in {@code META-INF/payhawk4j/sql/} on the classpath (PostgreSQL, H2) or in docs/webhooks.md
 * (MySQL/MariaDB, SQL Server, Oracle). Times are epoch milliseconds from the injectable {@link Clock}, so keep the
 * nodes' clocks in sync (NTP): a clock running ahead takes over leases early. Thread-safe.
 */
public final class JdbcDeliveryStore implements TransactionalDeliveryStore {

    /** The default table name. */
    public static final String DEFAULT_TABLE = "payhawk_webhook_delivery";
    /** Default for {@link Builder#lease(Duration)}. */
    public static final Duration DEFAULT_LEASE = Duration.ofMinutes(5);
    /** Default for {@link Builder#retention(Duration)}. */
    public static final Duration DEFAULT_RETENTION = Duration.ofDays(7);
    /** Default for {@link Builder#purgeBatchSize(int)}. */
    public static final int DEFAULT_PURGE_BATCH_SIZE = 1000;
    /** Default for {@link Builder#purgeInterval(Duration)}. */
    public static final Duration DEFAULT_PURGE_INTERVAL = Duration.ofMinutes(1);

    private static final Logger LOG = LoggerFactory.getLogger(JdbcDeliveryStore.class);
    private static final String CLAIMED = "claimed";
    private static final String PROCESSED = "processed";
    /** How often a claim retries when the row it collided with vanished before it could be read. */
    private static final int CLAIM_ROUNDS = 3;
    /** Batches one automatic purge may delete before leaving the rest to the next one. */
    private static final int PURGE_BATCHES_PER_RUN = 10;

    private final Jdbc jdbc;
    private final Duration lease;
    private final Duration retention;
    private final int purgeBatchSize;
    private final Duration purgeInterval;
    private final Clock clock;
    /** The claims this store holds right now: delivery id to the token that proves ownership. */
    private final Map<String, String> heldClaims = new ConcurrentHashMap<>();
    private final AtomicLong nextPurgeAt = new AtomicLong(Long.MIN_VALUE);

    private final String insertClaim;
    private final String takeOverExpired;
    private final String selectStatus;
    private final String confirmOwn;
    private final String confirmAny;
    private final String insertProcessed;
    private final String releaseOwn;
    private final String selectExpired;
    private final String deleteExpired;

    private JdbcDeliveryStore(Builder builder) {
        this.jdbc = new Jdbc(builder.dataSource);
        this.lease = builder.lease;
        this.retention = builder.retention;
        this.purgeBatchSize = builder.purgeBatchSize;
        this.purgeInterval = builder.purgeInterval;
        this.clock = builder.clock;
        String table = builder.tableName;
        this.insertClaim = "INSERT INTO " + table + " (delivery_id, status, claim_token, expires_at, updated_at)"
                + " VALUES (?, '" + CLAIMED + "', ?, ?, ?)";
        this.takeOverExpired = "UPDATE " + table + " SET claim_token = ?, expires_at = ?, updated_at = ?"
                + " WHERE delivery_id = ? AND status = '" + CLAIMED + "' AND expires_at <= ?";
        this.selectStatus = "SELECT status FROM " + table + " WHERE delivery_id = ?";
        this.confirmOwn = "UPDATE " + table + " SET status = '" + PROCESSED + "', claim_token = NULL,"
                + " expires_at = ?, updated_at = ? WHERE delivery_id = ? AND status = '" + CLAIMED
                + "' AND claim_token = ?";
        this.confirmAny = "UPDATE " + table + " SET status = '" + PROCESSED + "', claim_token = NULL,"
                + " expires_at = ?, updated_at = ? WHERE delivery_id = ?";
        this.insertProcessed = "INSERT INTO " + table + " (delivery_id, status, claim_token, expires_at, updated_at)"
                + " VALUES (?, '" + PROCESSED + "', NULL, ?, ?)";
        this.releaseOwn = "DELETE FROM " + table + " WHERE delivery_id = ? AND status = '" + CLAIMED
                + "' AND claim_token = ?";
        this.selectExpired = "SELECT delivery_id FROM " + table + " WHERE expires_at <= ?";
        this.deleteExpired = "DELETE FROM " + table + " WHERE delivery_id = ? AND expires_at <= ?";
    }

    /**
     * Starts configuring a store on {@code dataSource}, which must reach a database holding the table.
     *
     * @param dataSource where connections come from; a pooled one in production
     */
    public static Builder builder(DataSource dataSource) {
        return new Builder(Objects.requireNonNull(dataSource, "dataSource"));
    }

    /** {@return how long a processed delivery id is kept, during which its copies are recognised} */
    public Duration retention() {
        return retention;
    }

    /** {@return how long a claim holds before another node may take the delivery over} */
    public Duration lease() {
        return lease;
    }

    /**
     * {@inheritDoc}
     *
     * @throws DeliveryStorageException if the database cannot be reached or the table is missing
     */
    @Override
    public DeliveryClaim claim(String deliveryId) {
        Objects.requireNonNull(deliveryId, "deliveryId");
        purgeIfDue();
        String token = UUID.randomUUID().toString();
        try {
            DeliveryClaim claim = jdbc.autoCommit(connection -> claim(connection, deliveryId, token));
            if (claim == DeliveryClaim.CLAIMED) {
                heldClaims.put(deliveryId, token);
            }
            return claim;
        } catch (SQLException e) {
            throw new DeliveryStorageException("could not claim webhook delivery " + deliveryId, e);
        }
    }

    private DeliveryClaim claim(Connection connection, String deliveryId, String token) throws SQLException {
        for (int round = 0; round < CLAIM_ROUNDS; round++) {
            long now = clock.millis();
            if (insertClaim(connection, deliveryId, token, now)) {
                return DeliveryClaim.CLAIMED;
            }
            try (PreparedStatement takeOver = connection.prepareStatement(takeOverExpired)) {
                takeOver.setString(1, token);
                takeOver.setLong(2, now + lease.toMillis());
                takeOver.setLong(3, now);
                takeOver.setString(4, deliveryId);
                takeOver.setLong(5, now);
                if (takeOver.executeUpdate() == 1) {
                    LOG.info("Webhook delivery {}: took over a claim whose lease had expired (its node stopped"
                            + " or its handler outlived the lease)", deliveryId);
                    return DeliveryClaim.CLAIMED;
                }
            }
            String status = status(connection, deliveryId);
            if (PROCESSED.equals(status)) {
                return DeliveryClaim.ALREADY_PROCESSED;
            }
            if (CLAIMED.equals(status)) {
                return DeliveryClaim.IN_PROGRESS;
            }
            // Released or purged between the insert and the read: try again.
        }
        return DeliveryClaim.IN_PROGRESS;
    }

    private boolean insertClaim(Connection connection, String deliveryId, String token, long now) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(insertClaim)) {
            insert.setString(1, deliveryId);
            insert.setString(2, token);
            insert.setLong(3, now + lease.toMillis());
            insert.setLong(4, now);
            insert.executeUpdate();
            return true;
        } catch (SQLException e) {
            if (DuplicateKey.isViolation(e)) {
                return false;
            }
            throw e;
        }
    }

    private String status(Connection connection, String deliveryId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(selectStatus)) {
            select.setString(1, deliveryId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        }
    }

    /**
     * {@inheritDoc} Confirming twice, or a delivery this store did not claim, records it as processed all the same.
     *
     * @throws DeliveryStorageException if the database cannot be reached
     */
    @Override
    public void confirm(String deliveryId) {
        Objects.requireNonNull(deliveryId, "deliveryId");
        String token = heldClaims.remove(deliveryId);
        try {
            jdbc.autoCommit(connection -> {
                long now = clock.millis();
                if (token != null && confirmOwn(connection, deliveryId, token, now)) {
                    return null;
                }
                if (token != null) {
                    LOG.warn("Webhook delivery {} was processed after its claim expired (the handler outlived the"
                            + " {} lease, or the claim was purged); another copy may have run too", deliveryId, lease);
                }
                recordProcessed(connection, deliveryId, now);
                return null;
            });
        } catch (SQLException e) {
            throw new DeliveryStorageException("could not record webhook delivery " + deliveryId + " as processed", e);
        }
    }

    private boolean confirmOwn(Connection connection, String deliveryId, String token, long now) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(confirmOwn)) {
            update.setLong(1, now + retention.toMillis());
            update.setLong(2, now);
            update.setString(3, deliveryId);
            update.setString(4, token);
            return update.executeUpdate() == 1;
        }
    }

    private void recordProcessed(Connection connection, String deliveryId, long now) throws SQLException {
        for (int round = 0; round < CLAIM_ROUNDS; round++) {
            try (PreparedStatement update = connection.prepareStatement(confirmAny)) {
                update.setLong(1, now + retention.toMillis());
                update.setLong(2, now);
                update.setString(3, deliveryId);
                if (update.executeUpdate() == 1) {
                    return;
                }
            }
            try (PreparedStatement insert = connection.prepareStatement(insertProcessed)) {
                insert.setString(1, deliveryId);
                insert.setLong(2, now + retention.toMillis());
                insert.setLong(3, now);
                insert.executeUpdate();
                return;
            } catch (SQLException e) {
                if (!DuplicateKey.isViolation(e)) {
                    throw e;
                }
                // Claimed by another node in between: update that row on the next round.
            }
        }
        throw new SQLException("delivery " + deliveryId + " kept changing while it was being recorded");
    }

    /**
     * {@inheritDoc} Only a claim this store holds is released; releasing twice, or a delivery another node has taken
     * over meanwhile, does nothing.
     *
     * @throws DeliveryStorageException if the database cannot be reached (the claim then lapses with its lease)
     */
    @Override
    public void release(String deliveryId) {
        Objects.requireNonNull(deliveryId, "deliveryId");
        String token = heldClaims.remove(deliveryId);
        if (token == null) {
            return;
        }
        try {
            jdbc.autoCommit(connection -> {
                try (PreparedStatement delete = connection.prepareStatement(releaseOwn)) {
                    delete.setString(1, deliveryId);
                    delete.setString(2, token);
                    return delete.executeUpdate();
                }
            });
        } catch (SQLException e) {
            throw new DeliveryStorageException("could not release webhook delivery " + deliveryId
                    + "; it can be claimed again when its lease expires", e);
        }
    }

    /**
     * {@inheritDoc}
     *
     * <p>The handler's connection is guarded: calling {@code commit()}, {@code rollback()}, {@code close()} or
     * {@code setAutoCommit} on it throws {@link IllegalStateException}.
     */
    @Override
    public void runAndConfirm(String deliveryId, Work work) throws Exception {
        Objects.requireNonNull(deliveryId, "deliveryId");
        Objects.requireNonNull(work, "work");
        String token = heldClaims.get(deliveryId);
        if (token == null) {
            throw new IllegalStateException("delivery " + deliveryId + " is not claimed by this store; claim it first");
        }
        try (Connection connection = jdbc.dataSource().getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                try {
                    work.run(TransactionConnection.guard(connection));
                } catch (Throwable handlerFailure) {
                    // The handler's own failure (an SQLException of its insert, say) goes to the caller as it is.
                    Jdbc.rollbackQuietly(connection, handlerFailure);
                    throw handlerFailure;
                }
                commitConfirmed(connection, deliveryId, token);
            } finally {
                Jdbc.restoreAutoCommit(connection, autoCommit);
            }
        } catch (SQLException e) {
            throw new DeliveryStorageException("could not record webhook delivery " + deliveryId
                    + " as processed in the handler's transaction; the handler's work was rolled back", e);
        }
    }

    private void commitConfirmed(Connection connection, String deliveryId, String token) throws SQLException {
        try {
            if (!confirmOwn(connection, deliveryId, token, clock.millis())) {
                throw new DeliveryStorageException("the claim of webhook delivery " + deliveryId + " expired while"
                        + " its handler ran (lease " + lease + ") and was taken over or purged; the handler's work"
                        + " was rolled back");
            }
            connection.commit();
            heldClaims.remove(deliveryId, token);
        } catch (SQLException | RuntimeException e) {
            Jdbc.rollbackQuietly(connection, e);
            throw e;
        }
    }

    /**
     * Deletes processed ids whose retention has passed, and claims whose lease expired, in batches of
     * {@link Builder#purgeBatchSize(int)} rows until fewer than a batch remain or ten batches were deleted.
     * Claims call this by themselves once per {@link Builder#purgeInterval(Duration)}; call it from a scheduler
     * instead if no request should ever pay for it.
     *
     * @return the number of rows deleted
     * @throws DeliveryStorageException if the database cannot be reached
     */
    public int purgeExpired() {
        int deleted = 0;
        for (int batch = 0; batch < PURGE_BATCHES_PER_RUN; batch++) {
            int count = purgeBatch();
            deleted += count;
            if (count < purgeBatchSize) {
                break;
            }
        }
        return deleted;
    }

    private int purgeBatch() {
        long now = clock.millis();
        try {
            return jdbc.autoCommit(connection -> {
                List<String> expired = new ArrayList<>();
                try (PreparedStatement select = connection.prepareStatement(selectExpired)) {
                    select.setMaxRows(purgeBatchSize);
                    select.setLong(1, now);
                    try (ResultSet rows = select.executeQuery()) {
                        while (rows.next()) {
                            expired.add(rows.getString(1));
                        }
                    }
                }
                if (expired.isEmpty()) {
                    return 0;
                }
                try (PreparedStatement delete = connection.prepareStatement(deleteExpired)) {
                    for (String deliveryId : expired) {
                        delete.setString(1, deliveryId);
                        delete.setLong(2, now);
                        delete.addBatch();
                    }
                    delete.executeBatch();
                }
                return expired.size();
            });
        } catch (SQLException e) {
            throw new DeliveryStorageException("could not purge expired webhook deliveries", e);
        }
    }

    private void purgeIfDue() {
        long now = clock.millis();
        long due = nextPurgeAt.get();
        if (now < due || !nextPurgeAt.compareAndSet(due, now + purgeInterval.toMillis())) {
            return;
        }
        try {
            int deleted = purgeExpired();
            if (deleted > 0) {
                LOG.debug("Purged {} expired webhook delivery records", deleted);
            }
        } catch (DeliveryStorageException e) {
            LOG.warn("Purging expired webhook delivery records failed; retrying in {}", purgeInterval, e);
        }
    }

    /** Configures a {@link JdbcDeliveryStore}. Not thread-safe; build once. */
    public static final class Builder {
        private final DataSource dataSource;
        private String tableName = DEFAULT_TABLE;
        private Duration lease = DEFAULT_LEASE;
        private Duration retention = DEFAULT_RETENTION;
        private int purgeBatchSize = DEFAULT_PURGE_BATCH_SIZE;
        private Duration purgeInterval = DEFAULT_PURGE_INTERVAL;
        private Clock clock = Clock.systemUTC();

        private Builder(DataSource dataSource) {
            this.dataSource = dataSource;
        }

        /** The table's name, optionally schema-qualified (default {@value #DEFAULT_TABLE}). */
        public Builder tableName(String tableName) {
            this.tableName = SqlIdentifier.requireTableName(tableName);
            return this;
        }

        /** How long a claim holds before a copy of the delivery may take it over; longer than your slowest handler. */
        public Builder lease(Duration lease) {
            this.lease = requirePositive(lease, "lease");
            return this;
        }

        /**
         * How long a processed delivery id is kept (default 7 days): copies arriving within it are duplicates.
         * Keep it longer than Payhawk may take to deliver a copy again, never shorter than the verifier's tolerance.
         */
        public Builder retention(Duration retention) {
            this.retention = requirePositive(retention, "retention");
            return this;
        }

        /** The most rows one purge statement deletes (default 1,000), to keep purge transactions short. */
        public Builder purgeBatchSize(int purgeBatchSize) {
            if (purgeBatchSize < 1) {
                throw new IllegalArgumentException("purgeBatchSize must be at least 1, was " + purgeBatchSize);
            }
            this.purgeBatchSize = purgeBatchSize;
            return this;
        }

        /** The least time between two automatic purges on this node (default 1 minute). */
        public Builder purgeInterval(Duration purgeInterval) {
            this.purgeInterval = requirePositive(purgeInterval, "purgeInterval");
            return this;
        }

        /** The clock leases and retention are measured with; inject a controllable one in tests. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** A new store with these settings; it does not touch the database until used. */
        public JdbcDeliveryStore build() {
            return new JdbcDeliveryStore(this);
        }

        private static Duration requirePositive(Duration duration, String name) {
            Objects.requireNonNull(duration, name);
            if (duration.isZero() || duration.isNegative()) {
                throw new IllegalArgumentException(name + " must be positive, was " + duration);
            }
            return duration;
        }
    }
}
