package io.github.payhawk4j.webhooks.reliability;

import io.github.payhawk4j.webhooks.WebhookDispatcher;
import io.github.payhawk4j.webhooks.servlet.PayhawkWebhookFilter;
import io.github.payhawk4j.webhooks.testing.WebhookSigner;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A thousand seeded bad deliveries, every kind of {@link Mutation}, posted over loopback HTTP to
 * {@link PayhawkWebhookFilter} on a real Jetty: each is answered with its expected status, no handler runs, and
 * the unaltered deliveries still get through.
 */
class BadDeliveryOverHttpTest {

    private static final int DELIVERIES = 1_000;

    private final WebhookSigner signer = WebhookSigner.generate();
    private final AtomicInteger handlerCalls = new AtomicInteger();

    @Test
    void everyBadDeliveryPostedToTheFilterIsRefusedWithItsStatus() throws Exception {
        // Another seed than the dispatcher test's, so the two runs send different deliveries.
        BadDeliveries bad = new BadDeliveries(signer, FuzzSeed.value("filter fuzz") + 1);
        AnswerTally tally = new AnswerTally();
        WebhookDispatcher dispatcher = TrustingDispatcher.counting(signer, handlerCalls).build();

        try (WebhookServer server = WebhookServer.start(dispatcher)) {
            long start = System.nanoTime();
            while (tally.total() < DELIVERIES) {
                BadDelivery delivery = bad.next();
                if (delivery.sendableOverHttp()) {
                    HttpResponse<String> response = server.post(delivery.pathAndQuery(), delivery.headers(), delivery.body());
                    tally.record(delivery, response.statusCode(), response.body());
                }
            }
            System.out.printf("%d bad deliveries through the filter on Jetty in %d ms:%n%s", tally.total(),
                    (System.nanoTime() - start) / 1_000_000, tally.table());

            assertThat(tally.unexpected()).as("answers other than the expected status").isEmpty();
            assertThat(tally.distinctStatuses()).isSubsetOf(400, 401, 413);
            assertThat(handlerCalls).as("handler calls for invalid input").hasValue(0);
            for (Mutation mutation : Mutation.values()) {
                assertThat(tally.count(mutation)).as(mutation.name()).isGreaterThanOrEqualTo(30);
            }

            for (SignedRequest valid : bad.validOnes()) {
                assertThat(server.post(valid.pathAndQuery(), valid.headers(), valid.body()).statusCode()).isEqualTo(200);
            }
            assertThat(handlerCalls).hasValue(bad.validOnes().size());
        }
    }
}
