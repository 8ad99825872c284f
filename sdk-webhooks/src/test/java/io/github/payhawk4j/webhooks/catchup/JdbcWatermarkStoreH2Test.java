package io.github.payhawk4j.webhooks.catchup;

import io.github.payhawk4j.webhooks.database.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link JdbcWatermarkStore} on the DDL it ships, on H2. */
class JdbcWatermarkStoreH2Test extends WatermarkStoreContract {

    @RegisterExtension
    static final TestDatabase DATABASE = TestDatabase.of(TestDatabase.Dialect.H2, 4);

    @Override
    WatermarkStore store() {
        return JdbcWatermarkStore.of(DATABASE.dataSource());
    }
}
