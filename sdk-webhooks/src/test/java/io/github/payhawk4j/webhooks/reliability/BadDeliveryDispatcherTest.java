package io.github.payhawk4j.webhooks.reliability;

import io.github.payhawk4j.webhooks.WebhookDispatcher;
import io.github.payhawk4j.webhooks.WebhookResponse;
import io.github.payhawk4j.webhooks.delivery.InMemoryDeliveryStore;
import io.github.payhawk4j.webhooks.testing.WebhookSigner;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Over ten thousand seeded bad deliveries through {@link WebhookDispatcher#handle}: every one is refused with the
 * one status its kind calls for (401 when what was signed was altered or the headers are broken, 400 when
 * validly signed but not a delivery), no handler runs, no exception escapes and the heap does not grow.
 */
class BadDeliveryDispatcherTest {

    /** 650 of each of the 16 kinds of {@link Mutation}. */
    private static final int DELIVERIES = 10_400;
    /** Heap the run may leave behind after a full collection. */
    private static final long HEAP_GROWTH_BOUND = 32L * 1024 * 1024;

    private final WebhookSigner signer = WebhookSigner.generate();
    private final AtomicInteger handlerCalls = new AtomicInteger();
    private final InMemoryDeliveryStore store = InMemoryDeliveryStore.builder().build();
    private final WebhookDispatcher dispatcher = TrustingDispatcher.counting(signer, handlerCalls)
            .deliveryStore(store)
            .build();

    @Test
    void everyBadDeliveryIsRefusedWithItsStatusAndNoneReachesAHandler() {
        BadDeliveries bad = new BadDeliveries(signer, FuzzSeed.value("dispatcher fuzz"));
        AnswerTally tally = new AnswerTally();
        long heapBefore = usedHeapAfterGc();
        long start = System.nanoTime();

        for (int i = 0; i < DELIVERIES; i++) {
            BadDelivery delivery = bad.next();
            try {
                WebhookResponse response = dispatcher.handle(delivery.pathAndQuery(), delivery.headers(), delivery.body());
                tally.record(delivery, response.status(), response.body());
            } catch (Throwable escaped) {
                tally.record(delivery, -1, "escaped " + escaped);
            }
        }

        long millis = (System.nanoTime() - start) / 1_000_000;
        long heapGrowth = usedHeapAfterGc() - heapBefore;
        System.out.printf("%d bad deliveries through the dispatcher in %d ms, heap growth %d KiB:%n%s",
                tally.total(), millis, heapGrowth / 1024, tally.table());
        assertThat(tally.unexpected()).as("answers other than the expected status").isEmpty();
        assertThat(tally.distinctStatuses()).isSubsetOf(400, 401, 413);
        assertThat(handlerCalls).as("handler calls for invalid input").hasValue(0);
        assertThat(store.size()).as("nothing was claimed").isZero();
        for (Mutation mutation : Mutation.values()) {
            assertThat(tally.count(mutation)).as(mutation.name()).isGreaterThanOrEqualTo(DELIVERIES / Mutation.values().length);
        }
        assertThat(heapGrowth).as("heap left behind by the run").isLessThan(HEAP_GROWTH_BOUND);

        // The same dispatcher accepts the unaltered deliveries, so the handler count above could have moved.
        for (SignedRequest valid : bad.validOnes()) {
            assertThat(dispatcher.handle(valid.pathAndQuery(), valid.headers(), valid.body()).status()).isEqualTo(200);
        }
        assertThat(handlerCalls).hasValue(bad.validOnes().size());
    }

    private static long usedHeapAfterGc() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
