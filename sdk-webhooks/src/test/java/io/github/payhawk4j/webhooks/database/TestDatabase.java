package io.github.payhawk4j.webhooks.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A fresh database for one test class, with the SDK's tables created from the DDL files it ships: on the run's
 * embedded PostgreSQL, or in an in-memory H2. Register it with {@code @RegisterExtension static}.
 */
public final class TestDatabase implements BeforeAllCallback, AfterAllCallback {

    /** The two dialects the tests run on. */
    public enum Dialect { POSTGRESQL, H2 }

    private final Dialect dialect;
    private final int poolSize;
    private String jdbcUrl;
    private HikariDataSource dataSource;

    private TestDatabase(Dialect dialect, int poolSize) {
        this.dialect = dialect;
        this.poolSize = poolSize;
    }

    /** A database of {@code dialect} with a pool of {@code poolSize} connections. */
    public static TestDatabase of(Dialect dialect, int poolSize) {
        return new TestDatabase(dialect, poolSize);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        String name = context.getRequiredTestClass().getSimpleName();
        jdbcUrl = dialect == Dialect.POSTGRESQL
                ? EmbeddedPostgresServer.of(context).createDatabase(name)
                : "jdbc:h2:mem:" + name + "_" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000";
        dataSource = pool(jdbcUrl, poolSize);
        String suffix = dialect == Dialect.POSTGRESQL ? "postgresql" : "h2";
        runScript("delivery-store-" + suffix + ".sql");
        runScript("inbox-" + suffix + ".sql");
        runScript("catch-up-watermark-" + suffix + ".sql");
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (dataSource != null) {
            dataSource.close();
        }
    }

    /** A pooled data source of this database. */
    public DataSource dataSource() {
        return dataSource;
    }

    /** The database's JDBC URL (user {@code postgres}, no password, on PostgreSQL). */
    public String jdbcUrl() {
        return jdbcUrl;
    }

    /** Which database this is. */
    public Dialect dialect() {
        return dialect;
    }

    /** A new pool on the database, for a second "node". Close it. */
    public HikariDataSource newPool(int size) {
        return pool(jdbcUrl, size);
    }

    /** Runs one statement. */
    public void execute(String sql) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** The single number a query returns. */
    public long queryLong(String sql) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** The pool the tests use: a pool as production would have, with the driver of the URL. */
    public static HikariDataSource pool(String jdbcUrl, int size) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            config.setUsername("postgres");
        }
        config.setMaximumPoolSize(size);
        config.setMinimumIdle(1);
        config.setConnectionTimeout(30_000);
        return new HikariDataSource(config);
    }

    private void runScript(String resource) {
        String path = "META-INF/payhawk4j/sql/" + resource;
        String script;
        try (InputStream in = TestDatabase.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("no DDL resource " + path);
            }
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(path, e);
        }
        for (String statement : SqlScript.statements(script)) {
            execute(statement);
        }
    }
}
