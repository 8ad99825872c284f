package io.github.payhawk4j.webhooks.catchup;

import io.github.payhawk4j.model.webhook.EventType;
import io.github.payhawk4j.webhooks.delivery.DeliveryStorageException;
import io.github.payhawk4j.webhooks.internal.DuplicateKey;
import io.github.payhawk4j.webhooks.internal.Jdbc;
import io.github.payhawk4j.webhooks.internal.SqlIdentifier;

import javax.sql.DataSource;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Watermarks in a database table, kept across restarts and shared by every node. One row per account and event
 * type; the watermark is epoch milliseconds and only ever moves forward ({@code UPDATE ... WHERE watermark < ?}),
 * so nodes writing in any order agree.
 *
 * <p>The table ({@value #DEFAULT_TABLE} unless named otherwise) is created by you, from the DDL in
 * {@code META-INF/payhawk4j/sql/catch-up-watermark-postgresql.sql} or {@code -h2.sql} on the classpath. Thread-safe.
 */
public final class JdbcWatermarkStore implements WatermarkStore {

    /** The default table name. */
    public static final String DEFAULT_TABLE = "payhawk_catch_up_watermark";

    private final Jdbc jdbc;
    private final String select;
    private final String update;
    private final String insert;

    private JdbcWatermarkStore(DataSource dataSource, String table) {
        this.jdbc = new Jdbc(Objects.requireNonNull(dataSource, "dataSource"));
        String name = SqlIdentifier.requireTableName(table);
        this.select = "SELECT watermark FROM " + name + " WHERE account_id = ? AND event_type = ?";
        this.update = "UPDATE " + name + " SET watermark = ? WHERE account_id = ? AND event_type = ? AND watermark < ?";
        this.insert = "INSERT INTO " + name + " (account_id, event_type, watermark) VALUES (?, ?, ?)";
    }

    /** A store on table {@value #DEFAULT_TABLE} of {@code dataSource}. */
    public static JdbcWatermarkStore of(DataSource dataSource) {
        return new JdbcWatermarkStore(dataSource, DEFAULT_TABLE);
    }

    /**
     * A store on table {@code tableName} of {@code dataSource}.
     *
     * @param tableName letters, digits and underscores, optionally schema-qualified
     * @throws IllegalArgumentException if the table name is anything else
     */
    public static JdbcWatermarkStore of(DataSource dataSource, String tableName) {
        return new JdbcWatermarkStore(dataSource, tableName);
    }

    @Override
    public Optional<Instant> watermark(String accountId, EventType eventType) {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(eventType, "eventType");
        try {
            return jdbc.autoCommit(connection -> {
                try (PreparedStatement statement = connection.prepareStatement(select)) {
                    statement.setString(1, accountId);
                    statement.setString(2, eventType.value());
                    try (ResultSet row = statement.executeQuery()) {
                        return row.next() ? Optional.of(Instant.ofEpochMilli(row.getLong(1))) : Optional.empty();
                    }
                }
            });
        } catch (SQLException e) {
            throw new DeliveryStorageException("could not read the catch-up watermark of " + eventType + " in account "
                    + accountId, e);
        }
    }

    @Override
    public void advance(String accountId, EventType eventType, Instant to) {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(eventType, "eventType");
        long millis = Objects.requireNonNull(to, "to").toEpochMilli();
        try {
            jdbc.autoCommit(connection -> {
                if (updated(connection, accountId, eventType, millis) || exists(connection, accountId, eventType)) {
                    return null;
                }
                try (PreparedStatement statement = connection.prepareStatement(insert)) {
                    statement.setString(1, accountId);
                    statement.setString(2, eventType.value());
                    statement.setLong(3, millis);
                    statement.executeUpdate();
                } catch (SQLException e) {
                    if (!DuplicateKey.isViolation(e)) {
                        throw e;
                    }
                    // Another node inserted the row first: move it forward like any other.
                    updated(connection, accountId, eventType, millis);
                }
                return null;
            });
        } catch (SQLException e) {
            throw new DeliveryStorageException("could not advance the catch-up watermark of " + eventType
                    + " in account " + accountId, e);
        }
    }

    private boolean updated(java.sql.Connection connection, String accountId, EventType eventType, long millis)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(update)) {
            statement.setLong(1, millis);
            statement.setString(2, accountId);
            statement.setString(3, eventType.value());
            statement.setLong(4, millis);
            return statement.executeUpdate() > 0;
        }
    }

    private boolean exists(java.sql.Connection connection, String accountId, EventType eventType) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(select)) {
            statement.setString(1, accountId);
            statement.setString(2, eventType.value());
            try (ResultSet row = statement.executeQuery()) {
                return row.next();
            }
        }
    }
}
