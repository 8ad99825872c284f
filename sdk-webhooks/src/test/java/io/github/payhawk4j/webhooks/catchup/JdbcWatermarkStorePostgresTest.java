package io.github.payhawk4j.webhooks.catchup;

import io.github.payhawk4j.webhooks.database.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link JdbcWatermarkStore} on the DDL it ships, on Postgres. */
class JdbcWatermarkStorePostgresTest extends WatermarkStoreContract {

    @RegisterExtension
    static final TestDatabase DATABASE = TestDatabase.of(TestDatabase.Dialect.POSTGRESQL, 4);

    @Override
    WatermarkStore store() {
        return JdbcWatermarkStore.of(DATABASE.dataSource());
    }
}
