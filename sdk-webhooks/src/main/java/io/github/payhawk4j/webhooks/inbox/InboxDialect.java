package io.github.payhawk4j.webhooks.inbox;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

/**
 * The SQL that differs between the databases the inbox runs on: how a worker locks due rows while skipping the
 * ones other workers have locked.
 */
enum InboxDialect {

    /** PostgreSQL 9.5 or later. */
    POSTGRESQL("FOR UPDATE OF i SKIP LOCKED"),

    /** H2 2.x. */
    H2("FOR UPDATE SKIP LOCKED");

    private final String lockClause;

    InboxDialect(String lockClause) {
        this.lockClause = lockClause;
    }

    /** The clause ending the claim query. */
    String lockClause() {
        return lockClause;
    }

    /**
     * The dialect of the database {@code connection} is open on.
     *
     * @throws IllegalStateException if it is neither PostgreSQL nor H2
     */
    static InboxDialect of(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName();
        String name = product == null ? "" : product.toLowerCase(Locale.ROOT);
        if (name.contains("postgresql")) {
            return POSTGRESQL;
        }
        if (name.equals("h2")) {
            return H2;
        }
        throw new IllegalStateException("WebhookInbox runs on PostgreSQL and H2; this database is " + product
                + ". JdbcDeliveryStore with handlersInTransaction(true) works on any SQL database.");
    }
}
