package io.github.payhawk4j.webhooks.delivery;

import io.github.payhawk4j.webhooks.database.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link JdbcDeliveryStoreContract} on H2, the second dialect. */
class JdbcDeliveryStoreH2Test extends JdbcDeliveryStoreContract {

    @RegisterExtension
    static final TestDatabase DATABASE = TestDatabase.of(TestDatabase.Dialect.H2, 4);

    @Override
    TestDatabase database() {
        return DATABASE;
    }
}
