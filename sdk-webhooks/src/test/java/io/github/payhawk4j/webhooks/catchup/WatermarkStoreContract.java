package io.github.payhawk4j.webhooks.catchup;

import io.github.payhawk4j.model.webhook.EventType;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** What every {@link WatermarkStore} does: remembers per account and event type, and only ever moves forward. */
abstract class WatermarkStoreContract {

    private static final Instant NINE = Instant.parse("2026-12-02T09:00:00.123Z");

    /** A store; tests use a fresh account id each, so stores may be shared by the tests of a class. */
    abstract WatermarkStore store();

    private final String account = "acc_" + UUID.randomUUID();

    @Test
    void aWatermarkNeverStoredIsEmpty() {
        assertThat(store().watermark(account, EventType.EXPENSE_REVIEWED)).isEmpty();
    }

    @Test
    void advanceStoresTheInstantToTheMillisecondPerAccountAndEventType() {
        WatermarkStore store = store();
        store.advance(account, EventType.EXPENSE_REVIEWED, NINE);

        assertThat(store.watermark(account, EventType.EXPENSE_REVIEWED)).contains(NINE);
        assertThat(store.watermark(account, EventType.PAYMENT_SETTLED)).isEmpty();
        assertThat(store.watermark("other-" + account, EventType.EXPENSE_REVIEWED)).isEmpty();
    }

    @Test
    void aWatermarkMovesForwardButNeverBack() {
        WatermarkStore store = store();
        store.advance(account, EventType.SUPPLIER_UPDATED, NINE);
        store.advance(account, EventType.SUPPLIER_UPDATED, NINE.plusSeconds(60));
        store.advance(account, EventType.SUPPLIER_UPDATED, NINE.minusSeconds(3600));

        assertThat(store.watermark(account, EventType.SUPPLIER_UPDATED)).contains(NINE.plusSeconds(60));
    }

    @Test
    void concurrentFirstAdvancesAgreeOnTheLatest() throws Exception {
        WatermarkStore store = store();
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Void>> writers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                Instant to = NINE.plusSeconds(i);
                writers.add(() -> {
                    store.advance(account, EventType.EXPENSE_CREATED, to);
                    return null;
                });
            }
            for (Future<Void> done : threads.invokeAll(writers)) {
                done.get();
            }
        } finally {
            threads.shutdownNow();
        }

        assertThat(store.watermark(account, EventType.EXPENSE_CREATED)).contains(NINE.plusSeconds(7));
    }
}
