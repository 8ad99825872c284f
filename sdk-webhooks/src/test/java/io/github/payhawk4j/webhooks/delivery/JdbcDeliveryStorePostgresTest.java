package io.github.payhawk4j.webhooks.delivery;

import io.github.payhawk4j.webhooks.database.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link JdbcDeliveryStoreContract} on a real PostgreSQL server. */
class JdbcDeliveryStorePostgresTest extends JdbcDeliveryStoreContract {

    @RegisterExtension
    static final TestDatabase DATABASE = TestDatabase.of(TestDatabase.Dialect.POSTGRESQL, 4);

    @Override
    TestDatabase database() {
        return DATABASE;
    }
}
