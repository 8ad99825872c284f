package io.github.payhawk4j.webhooks.inbox;

import io.github.payhawk4j.webhooks.internal.DuplicateKey;
import io.github.payhawk4j.webhooks.internal.Jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Every statement the inbox runs on its table. A row moves {@code pending → running → done}, or back to
 * {@code pending} after a failure, or to {@code dead} after the last attempt; replay moves {@code dead → pending}.
 * Every change to a running row names the lease token, so a worker whose lease was taken over changes nothing.
 */
final class InboxTable {

    static final String PENDING = "pending";
    static final String RUNNING = "running";
    static final String DONE = "done";
    static final String DEAD = "dead";

    private final Jdbc jdbc;
    private final String table;
    private volatile InboxDialect dialect;

    InboxTable(Jdbc jdbc, String table) {
        this.jdbc = jdbc;
        this.table = table;
    }

    Jdbc jdbc() {
        return jdbc;
    }

    /** Stores a delivery as pending; {@code false} if one with its id is there already. */
    boolean insert(AcceptedDelivery delivery, long now) throws SQLException {
        String sql = "INSERT INTO " + table + " (delivery_id, account_id, event_type, resource_key, signed_path,"
                + " signed_timestamp, signature, body, status, attempts, received_at, next_attempt_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, '" + PENDING + "', 0, ?, ?)";
        return jdbc.autoCommit(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(sql)) {
                insert.setString(1, delivery.deliveryId());
                insert.setString(2, delivery.accountId());
                insert.setString(3, delivery.eventType());
                insert.setString(4, delivery.resourceKey());
                insert.setString(5, delivery.signedPath());
                insert.setString(6, delivery.signedTimestamp());
                insert.setString(7, delivery.signature());
                insert.setBytes(8, delivery.body());
                insert.setLong(9, now);
                insert.setLong(10, now);
                insert.executeUpdate();
                return true;
            } catch (SQLException e) {
                if (DuplicateKey.isViolation(e)) {
                    return false;
                }
                throw e;
            }
        });
    }

    /**
     * Takes up to {@code limit} due rows, oldest first, and leases them until {@code leaseUntil}: pending rows whose
     * next attempt is due, and running rows whose lease has passed (their worker died). A row is only due if no
     * other row about the same resource is running, or earlier and unfinished; rows other workers are taking right
     * now are skipped, not waited for.
     */
    List<ClaimedDelivery> claim(int limit, long now, long leaseUntil) throws SQLException {
        return jdbc.inTransaction(connection -> {
            String select = "SELECT i.seq, i.delivery_id, i.signed_timestamp, i.body, i.attempts FROM " + table + " i"
                    + " WHERE i.status IN ('" + PENDING + "', '" + RUNNING + "')"
                    + " AND ((i.status = '" + PENDING + "' AND i.next_attempt_at <= ?)"
                    + " OR (i.status = '" + RUNNING + "' AND i.lease_until <= ?))"
                    + " AND NOT EXISTS (SELECT 1 FROM " + table + " e WHERE e.resource_key = i.resource_key"
                    + " AND e.seq <> i.seq AND e.status IN ('" + PENDING + "', '" + RUNNING + "')"
                    + " AND ((e.status = '" + RUNNING + "' AND e.lease_until > ?) OR e.seq < i.seq))"
                    + " ORDER BY i.seq LIMIT " + limit + " " + dialect(connection).lockClause();
            List<ClaimedDelivery> claimed = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement(select)) {
                query.setLong(1, now);
                query.setLong(2, now);
                query.setLong(3, now);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        claimed.add(new ClaimedDelivery(rows.getLong(1), rows.getString(2), rows.getString(3),
                                rows.getBytes(4), rows.getInt(5) + 1, UUID.randomUUID().toString()));
                    }
                }
            }
            if (claimed.isEmpty()) {
                return claimed;
            }
            String lease = "UPDATE " + table + " SET status = '" + RUNNING + "', lease_token = ?, lease_until = ?,"
                    + " attempts = attempts + 1 WHERE seq = ?";
            try (PreparedStatement update = connection.prepareStatement(lease)) {
                for (ClaimedDelivery row : claimed) {
                    update.setString(1, row.leaseToken());
                    update.setLong(2, leaseUntil);
                    update.setLong(3, row.seq());
                    update.addBatch();
                }
                update.executeBatch();
            }
            return claimed;
        });
    }

    /** Marks a leased row done on {@code connection}; {@code false} if the lease was lost meanwhile. */
    boolean markDone(Connection connection, ClaimedDelivery row, long now) throws SQLException {
        String sql = "UPDATE " + table + " SET status = '" + DONE + "', lease_token = NULL, lease_until = NULL,"
                + " finished_at = ?, last_error = NULL WHERE seq = ? AND lease_token = ?";
        try (PreparedStatement update = connection.prepareStatement(sql)) {
            update.setLong(1, now);
            update.setLong(2, row.seq());
            update.setString(3, row.leaseToken());
            return update.executeUpdate() == 1;
        }
    }

    /** Marks a leased row done in a transaction of its own; {@code false} if the lease was lost meanwhile. */
    boolean markDone(ClaimedDelivery row, long now) throws SQLException {
        return jdbc.autoCommit(connection -> markDone(connection, row, now));
    }

    /**
     * Records a failed attempt: pending again from {@code nextAttemptAt}, or dead if {@code dead}; {@code false} if
     * the lease was lost meanwhile.
     */
    boolean markFailed(ClaimedDelivery row, boolean dead, long nextAttemptAt, String error, long now)
            throws SQLException {
        String sql = "UPDATE " + table + " SET status = ?, lease_token = NULL, lease_until = NULL,"
                + " next_attempt_at = ?, finished_at = ?, last_error = ? WHERE seq = ? AND lease_token = ?";
        return jdbc.autoCommit(connection -> {
            try (PreparedStatement update = connection.prepareStatement(sql)) {
                update.setString(1, dead ? DEAD : PENDING);
                update.setLong(2, nextAttemptAt);
                if (dead) {
                    update.setLong(3, now);
                } else {
                    update.setNull(3, java.sql.Types.BIGINT);
                }
                update.setString(4, error);
                update.setLong(5, row.seq());
                update.setString(6, row.leaseToken());
                return update.executeUpdate() == 1;
            }
        });
    }

    /** Hands a leased row back unprocessed (shutdown): pending at once, this attempt not counted. */
    boolean giveBack(ClaimedDelivery row, long now) throws SQLException {
        String sql = "UPDATE " + table + " SET status = '" + PENDING + "', lease_token = NULL, lease_until = NULL,"
                + " attempts = attempts - 1, next_attempt_at = ? WHERE seq = ? AND lease_token = ?";
        return jdbc.autoCommit(connection -> {
            try (PreparedStatement update = connection.prepareStatement(sql)) {
                update.setLong(1, now);
                update.setLong(2, row.seq());
                update.setString(3, row.leaseToken());
                return update.executeUpdate() == 1;
            }
        });
    }

    /** Deletes up to {@code batchSize} done rows finished before {@code finishedBefore}; how many. */
    int purgeDone(long finishedBefore, int batchSize) throws SQLException {
        return jdbc.autoCommit(connection -> {
            List<Long> expired = new ArrayList<>();
            String select = "SELECT seq FROM " + table + " WHERE status = '" + DONE + "' AND finished_at < ?";
            try (PreparedStatement query = connection.prepareStatement(select)) {
                query.setMaxRows(batchSize);
                query.setLong(1, finishedBefore);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        expired.add(rows.getLong(1));
                    }
                }
            }
            if (expired.isEmpty()) {
                return 0;
            }
            String delete = "DELETE FROM " + table + " WHERE seq = ? AND status = '" + DONE + "'";
            try (PreparedStatement statement = connection.prepareStatement(delete)) {
                for (long seq : expired) {
                    statement.setLong(1, seq);
                    statement.addBatch();
                }
                statement.executeBatch();
            }
            return expired.size();
        });
    }

    /** Up to {@code limit} dead rows, oldest first. */
    List<DeadDelivery> dead(int limit) throws SQLException {
        String sql = "SELECT delivery_id, event_type, account_id, resource_key, attempts, last_error, received_at,"
                + " finished_at FROM " + table + " WHERE status = '" + DEAD + "' ORDER BY seq";
        return jdbc.autoCommit(connection -> {
            List<DeadDelivery> dead = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement(sql)) {
                query.setMaxRows(limit);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        dead.add(new DeadDelivery(rows.getString(1), rows.getString(2), rows.getString(3),
                                rows.getString(4), rows.getInt(5), rows.getString(6),
                                Instant.ofEpochMilli(rows.getLong(7)), Instant.ofEpochMilli(rows.getLong(8))));
                    }
                }
            }
            return dead;
        });
    }

    /** Makes dead rows pending again with fresh attempts: one ({@code deliveryId}) or all ({@code null}). */
    int replay(String deliveryId, long now) throws SQLException {
        String sql = "UPDATE " + table + " SET status = '" + PENDING + "', attempts = 0, next_attempt_at = ?,"
                + " finished_at = NULL WHERE status = '" + DEAD + "'" + (deliveryId == null ? "" : " AND delivery_id = ?");
        return jdbc.autoCommit(connection -> {
            try (PreparedStatement update = connection.prepareStatement(sql)) {
                update.setLong(1, now);
                if (deliveryId != null) {
                    update.setString(2, deliveryId);
                }
                return update.executeUpdate();
            }
        });
    }

    /** How many rows are pending, running and dead, and when the oldest unfinished one was received. */
    InboxStatistics statistics() throws SQLException {
        String sql = "SELECT status, COUNT(*), MIN(received_at) FROM " + table + " WHERE status IN ('" + PENDING
                + "', '" + RUNNING + "', '" + DEAD + "') GROUP BY status";
        return jdbc.autoCommit(connection -> {
            long pending = 0;
            long running = 0;
            long dead = 0;
            long oldest = Long.MAX_VALUE;
            try (PreparedStatement query = connection.prepareStatement(sql); ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    String status = rows.getString(1);
                    long count = rows.getLong(2);
                    if (DEAD.equals(status)) {
                        dead = count;
                        continue;
                    }
                    if (PENDING.equals(status)) {
                        pending = count;
                    } else {
                        running = count;
                    }
                    oldest = Math.min(oldest, rows.getLong(3));
                }
            }
            return new InboxStatistics(pending, running, dead,
                    oldest == Long.MAX_VALUE ? Optional.empty() : Optional.of(Instant.ofEpochMilli(oldest)));
        });
    }

    /**
     * Finds out which database the table is on, so an unsupported one is refused when the workers start.
     *
     * @throws IllegalStateException if it is neither PostgreSQL nor H2
     */
    void detectDialect() throws SQLException {
        jdbc.autoCommit(this::dialect);
    }

    private InboxDialect dialect(Connection connection) throws SQLException {
        InboxDialect known = dialect;
        if (known == null) {
            known = InboxDialect.of(connection);
            dialect = known;
        }
        return known;
    }
}
