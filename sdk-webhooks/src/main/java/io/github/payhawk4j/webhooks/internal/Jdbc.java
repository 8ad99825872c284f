package io.github.payhawk4j.webhooks.internal;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Runs SQL on a connection borrowed from the user's {@link DataSource}, either one statement per transaction
 * (auto-commit) or several in one transaction that commits or rolls back as a whole. The connection's auto-commit
 * setting is restored before it goes back to the pool.
 */
public final class Jdbc {

    /** Work done with a connection. */
    @FunctionalInterface
    public interface Work<T> {
        /** Runs SQL on {@code connection}. */
        T run(Connection connection) throws SQLException;
    }

    private final DataSource dataSource;

    /** Borrows connections from {@code dataSource}. */
    public Jdbc(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Runs {@code work} with every statement committed on its own. */
    public <T> T autoCommit(Work<T> work) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            boolean previous = connection.getAutoCommit();
            if (!previous) {
                connection.setAutoCommit(true);
            }
            try {
                return work.run(connection);
            } finally {
                if (!previous) {
                    connection.setAutoCommit(false);
                }
            }
        }
    }

    /** Runs {@code work} in one transaction: committed if it returns, rolled back if it throws. */
    public <T> T inTransaction(Work<T> work) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            boolean previous = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (Throwable e) {
                rollbackQuietly(connection, e);
                throw e;
            } finally {
                restoreAutoCommit(connection, previous);
            }
        }
    }

    /** The connections' source, for callers that manage a transaction themselves. */
    public DataSource dataSource() {
        return dataSource;
    }

    /** Rolls back, adding a rollback failure to {@code cause} instead of hiding it. */
    public static void rollbackQuietly(Connection connection, Throwable cause) {
        try {
            connection.rollback();
        } catch (SQLException | RuntimeException rollbackFailure) {
            cause.addSuppressed(rollbackFailure);
        }
    }

    /** Puts auto-commit back as the pool handed the connection out; a broken connection is left to the pool. */
    public static void restoreAutoCommit(Connection connection, boolean autoCommit) {
        try {
            if (connection.getAutoCommit() != autoCommit) {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException | RuntimeException ignored) {
            // The connection is broken; closing it hands it back to the pool, which discards it.
        }
    }
}
