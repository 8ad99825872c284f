package io.github.payhawk4j.webhooks.inbox;

import io.github.payhawk4j.webhooks.database.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link WebhookInboxContract} on H2, the second dialect. */
class WebhookInboxH2Test extends WebhookInboxContract {

    @RegisterExtension
    static final TestDatabase DATABASE = TestDatabase.of(TestDatabase.Dialect.H2, 4);

    @Override
    TestDatabase database() {
        return DATABASE;
    }
}
