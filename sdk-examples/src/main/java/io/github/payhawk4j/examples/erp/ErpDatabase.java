package io.github.payhawk4j.examples.erp;

import org.h2.jdbcx.JdbcConnectionPool;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;

/**
 * The ERP's embedded H2 database: private to this process, held in memory, schema created on start.
 * Each instance is its own database, so two ledgers in one JVM (two tests, say) never share rows.
 */
public final class ErpDatabase implements AutoCloseable {

    private static final List<String> SCHEMA = List.of(
            "CREATE SEQUENCE journal_entry_seq START WITH 1",
            """
            CREATE TABLE journal_entry (
                id            BIGINT       PRIMARY KEY,
                document_no   VARCHAR(20)  NOT NULL UNIQUE,
                expense_id    VARCHAR(64)  NOT NULL UNIQUE,
                description   VARCHAR(500) NOT NULL,
                base_currency CHAR(3)      NOT NULL,
                posted_at     TIMESTAMP WITH TIME ZONE NOT NULL
            )""",
            """
            CREATE TABLE journal_line (
                id              BIGINT AUTO_INCREMENT PRIMARY KEY,
                entry_id        BIGINT        NOT NULL REFERENCES journal_entry (id),
                line_no         INT           NOT NULL,
                account_code    VARCHAR(20)   NOT NULL,
                description     VARCHAR(500)  NOT NULL,
                debit           DECIMAL(19,4) NOT NULL,
                credit          DECIMAL(19,4) NOT NULL,
                currency        CHAR(3)       NOT NULL,
                amount          DECIMAL(19,4) NOT NULL,
                CHECK (debit >= 0 AND credit >= 0 AND (debit = 0 OR credit = 0)),
                UNIQUE (entry_id, line_no)
            )""",
            """
            CREATE TABLE payment (
                expense_id  VARCHAR(64)   NOT NULL,
                payment_id  VARCHAR(64)   NOT NULL,
                amount      DECIMAL(19,4) NOT NULL,
                currency    CHAR(3)       NOT NULL,
                recorded_at TIMESTAMP WITH TIME ZONE NOT NULL,
                PRIMARY KEY (expense_id, payment_id)
            )""",
            """
            CREATE TABLE supplier (
                payhawk_id     VARCHAR(64)  PRIMARY KEY,
                name           VARCHAR(300) NOT NULL,
                vat            VARCHAR(64),
                account_holder VARCHAR(300),
                iban           VARCHAR(64),
                bic_swift      VARCHAR(20),
                bank_currency  CHAR(3),
                revision       INT          NOT NULL,
                updated_at     TIMESTAMP WITH TIME ZONE NOT NULL
            )""",
            """
            CREATE TABLE notification (
                id         BIGINT AUTO_INCREMENT PRIMARY KEY,
                topic      VARCHAR(64)   NOT NULL,
                reference  VARCHAR(64)   NOT NULL,
                message    VARCHAR(1000) NOT NULL,
                raised_at  TIMESTAMP WITH TIME ZONE NOT NULL,
                UNIQUE (topic, reference)
            )""",
            """
            CREATE TABLE processed_event (
                id           BIGINT AUTO_INCREMENT PRIMARY KEY,
                delivery_id  VARCHAR(255) NOT NULL,
                event_type   VARCHAR(100) NOT NULL,
                event_key    VARCHAR(255),
                processed_at TIMESTAMP WITH TIME ZONE NOT NULL
            )""");

    private final JdbcConnectionPool pool;

    private ErpDatabase(JdbcConnectionPool pool) {
        this.pool = pool;
    }

    /**
     * Creates a fresh in-memory database with the ERP schema.
     *
     * @throws ErpException if the schema cannot be created
     */
    public static ErpDatabase createInMemory() {
        // A random name keeps every instance apart; DB_CLOSE_DELAY keeps it alive between pooled connections.
        String url = "jdbc:h2:mem:erp-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        ErpDatabase database = new ErpDatabase(JdbcConnectionPool.create(url, "erp", ""));
        try (Connection connection = database.connection(); Statement statement = connection.createStatement()) {
            for (String ddl : SCHEMA) {
                statement.execute(ddl);
            }
        } catch (SQLException e) {
            database.close();
            throw new ErpException("could not create the ERP schema", e);
        }
        return database;
    }

    /**
     * A pooled connection; close it to give it back.
     *
     * @throws SQLException if the database is closed or unreachable
     */
    public Connection connection() throws SQLException {
        return pool.getConnection();
    }

    /** Drops the database and its rows; the instance is unusable afterwards. */
    @Override
    public void close() {
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        } catch (SQLException e) {
            // Already shut down: nothing is left to release but the pool.
        } finally {
            pool.dispose();
        }
    }
}
