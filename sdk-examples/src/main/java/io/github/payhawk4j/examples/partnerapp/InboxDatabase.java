package io.github.payhawk4j.examples.partnerapp;

import io.github.payhawk4j.webhooks.inbox.WebhookInbox;
import org.h2.jdbcx.JdbcConnectionPool;
import org.postgresql.ds.PGConnectionPoolDataSource;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import java.util.UUID;

/**
 * The partner app's own database, holding its {@link WebhookInbox} table ({@value WebhookInbox#DEFAULT_TABLE}):
 * an in-memory H2 by default, or a PostgreSQL database. The table is created, if missing, from the DDL file the
 * SDK ships ({@code META-INF/payhawk4j/sql/inbox-h2.sql} or {@code inbox-postgresql.sql}). Connections are pooled.
 */
public final class InboxDatabase implements AutoCloseable {

    private static final int MAX_CONNECTIONS = 24;

    private final JdbcConnectionPool pool;
    private final String description;

    private InboxDatabase(JdbcConnectionPool pool, String description) {
        this.pool = pool;
        this.description = description;
    }

    /**
     * A fresh in-memory H2 database with the inbox table, private to this instance and dropped by {@link #close()}.
     *
     * @throws IllegalStateException if the table cannot be created
     */
    public static InboxDatabase inMemory() {
        String url = "jdbc:h2:mem:partner-app-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000";
        return open(JdbcConnectionPool.create(url, "partner", ""), "inbox-h2.sql", "in-memory H2");
    }

    /**
     * A PostgreSQL database, e.g. {@code jdbc:postgresql://localhost:5432/payhawk}; the inbox table is created in it
     * unless it exists. Rows stay after {@link #close()}, for inspection (e.g. with {@code DeadInboxDeliveries}).
     *
     * @param jdbcUrl  a {@code jdbc:postgresql:} URL; user and password may be in it instead
     * @param user     the user, or {@code null}
     * @param password the password, or {@code null}
     * @throws IllegalArgumentException if the URL is not a PostgreSQL one
     * @throws IllegalStateException    if the database cannot be reached or the table cannot be created
     */
    public static InboxDatabase postgres(String jdbcUrl, String user, String password) {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        if (!jdbcUrl.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("not a PostgreSQL JDBC URL (jdbc:postgresql://host:port/database): "
                    + jdbcUrl);
        }
        PGConnectionPoolDataSource postgres = new PGConnectionPoolDataSource();
        postgres.setURL(jdbcUrl);
        if (user != null) {
            postgres.setUser(user);
        }
        if (password != null) {
            postgres.setPassword(password);
        }
        // Without the query string: it may carry a password.
        String shown = jdbcUrl.contains("?") ? jdbcUrl.substring(0, jdbcUrl.indexOf('?')) : jdbcUrl;
        return open(JdbcConnectionPool.create(postgres), "inbox-postgresql.sql", "PostgreSQL at " + shown);
    }

    private static InboxDatabase open(JdbcConnectionPool pool, String ddlFile, String description) {
        pool.setMaxConnections(MAX_CONNECTIONS);
        InboxDatabase database = new InboxDatabase(pool, description);
        String resource = "META-INF/payhawk4j/sql/" + ddlFile;
        try (InputStream ddl = WebhookInbox.class.getClassLoader().getResourceAsStream(resource)) {
            if (ddl == null) {
                throw new IllegalStateException("the SDK's DDL file " + resource + " is not on the class path");
            }
            String script = new String(ddl.readAllBytes(), StandardCharsets.UTF_8);
            try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute(script);
            }
        } catch (IOException | SQLException | RuntimeException e) {
            database.close();
            throw new IllegalStateException("could not create the inbox table in " + description + ": " + e.getMessage(),
                    e);
        }
        return database;
    }

    /** The pooled connections. */
    public DataSource dataSource() {
        return pool;
    }

    /** What and where the database is, without credentials, e.g. {@code in-memory H2}. */
    public String description() {
        return description;
    }

    /** Closes the pool; an in-memory H2 database is dropped with it. */
    @Override
    public void close() {
        if (description.startsWith("in-memory")) {
            try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("SHUTDOWN");
            } catch (SQLException e) {
                // Already shut down: nothing is left to release but the pool.
            }
        }
        pool.dispose();
    }

    @Override
    public String toString() {
        return "InboxDatabase[" + description + "]";
    }
}
