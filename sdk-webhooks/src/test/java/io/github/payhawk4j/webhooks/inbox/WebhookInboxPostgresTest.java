package io.github.payhawk4j.webhooks.inbox;

import io.github.payhawk4j.webhooks.database.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link WebhookInboxContract} on a real PostgreSQL server. */
class WebhookInboxPostgresTest extends WebhookInboxContract {

    @RegisterExtension
    static final TestDatabase DATABASE = TestDatabase.of(TestDatabase.Dialect.POSTGRESQL, 4);

    @Override
    TestDatabase database() {
        return DATABASE;
    }
}
