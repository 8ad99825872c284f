package io.github.payhawk4j.examples.cli;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class DeliveryTallyTest {

    @Test
    void withoutATimeoutWaitsUntilTheCountIsReached() throws Exception {
        DeliveryTally tally = new DeliveryTally();
        CompletableFuture<Boolean> waiting = CompletableFuture.supplyAsync(() -> {
            try {
                return tally.await(3, null);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });

        tally.verified();
        tally.duplicate();
        assertThat(waiting).isNotDone();
        tally.rejected();

        assertThat(waiting.get(60, TimeUnit.SECONDS)).isTrue();
        assertThat(tally.summary()).isEqualTo("1 verified, 1 duplicate, 1 rejected");
        assertThat(tally.total()).isEqualTo(3);
    }

    @Test
    void withATimeoutGivesUpWhenFewerArrive() throws InterruptedException {
        DeliveryTally tally = new DeliveryTally();
        tally.verified();

        long started = System.nanoTime();
        assertThat(tally.await(2, Duration.ofMillis(100))).isFalse();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(100));
        assertThat(tally.await(1, Duration.ofMillis(100))).isTrue();
    }
}
