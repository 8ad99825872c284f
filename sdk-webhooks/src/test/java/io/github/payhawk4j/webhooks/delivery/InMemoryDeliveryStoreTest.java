package io.github.payhawk4j.webhooks.delivery;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static io.github.payhawk4j.webhooks.delivery.DeliveryClaim.ALREADY_PROCESSED;
import static io.github.payhawk4j.webhooks.delivery.DeliveryClaim.CLAIMED;
import static io.github.payhawk4j.webhooks.delivery.DeliveryClaim.IN_PROGRESS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InMemoryDeliveryStoreTest {

    private final AdjustableClock clock = new AdjustableClock(Instant.parse("2026-11-02T10:15:30Z"));

    private InMemoryDeliveryStore.Builder store() {
        return InMemoryDeliveryStore.builder().clock(clock);
    }

    @Test
    void aNewDeliveryIsClaimedAndACopyOfItWhileInProgressIsNot() {
        InMemoryDeliveryStore store = store().build();

        assertThat(store.claim("d-1")).isEqualTo(CLAIMED);
        assertThat(store.claim("d-1")).isEqualTo(IN_PROGRESS);
        assertThat(store.claim("d-2")).isEqualTo(CLAIMED);
    }

    @Test
    void aConfirmedDeliveryIsAlreadyProcessed() {
        InMemoryDeliveryStore store = store().build();
        store.claim("d-1");

        store.confirm("d-1");

        assertThat(store.claim("d-1")).isEqualTo(ALREADY_PROCESSED);
        assertThat(store.claim("d-1")).isEqualTo(ALREADY_PROCESSED);
    }

    @Test
    void aReleasedDeliveryCanBeClaimedAgain() {
        InMemoryDeliveryStore store = store().build();
        store.claim("d-1");

        store.release("d-1");

        assertThat(store.claim("d-1")).isEqualTo(CLAIMED);
    }

    @Test
    void releasingAProcessedOrUnknownDeliveryChangesNothing() {
        InMemoryDeliveryStore store = store().build();
        store.claim("d-1");
        store.confirm("d-1");

        store.release("d-1");
        store.release("never-seen");

        assertThat(store.claim("d-1")).isEqualTo(ALREADY_PROCESSED);
        assertThat(store.size()).isEqualTo(1);
    }

    @Test
    void aProcessedDeliveryIsForgottenWhenItsTimeToLiveHasPassed() {
        InMemoryDeliveryStore store = store().ttl(Duration.ofHours(1)).build();
        store.claim("d-1");
        store.confirm("d-1");

        clock.advance(Duration.ofMinutes(59));
        assertThat(store.claim("d-1")).isEqualTo(ALREADY_PROCESSED);

        clock.advance(Duration.ofMinutes(1));
        assertThat(store.claim("d-1")).isEqualTo(CLAIMED);
    }

    @Test
    void theTimeToLiveCountsFromConfirmationNotFromTheClaim() {
        InMemoryDeliveryStore store = store().ttl(Duration.ofHours(1)).build();
        store.claim("d-1");
        clock.advance(Duration.ofMinutes(3));
        store.confirm("d-1");

        clock.advance(Duration.ofMinutes(59));

        assertThat(store.claim("d-1")).isEqualTo(ALREADY_PROCESSED);
    }

    @Test
    void anAbandonedClaimExpiresAfterTheClaimTimeout() {
        InMemoryDeliveryStore store = store().claimTimeout(Duration.ofMinutes(5)).build();
        store.claim("d-1");

        clock.advance(Duration.ofMinutes(4));
        assertThat(store.claim("d-1")).isEqualTo(IN_PROGRESS);

        clock.advance(Duration.ofMinutes(1));
        assertThat(store.claim("d-1")).isEqualTo(CLAIMED);
    }

    @Test
    void aProcessedDeliveryIsNeverForgottenToMakeRoomWhileACopyOfItCouldStillVerify() {
        InMemoryDeliveryStore store = store().maxEntries(3).build();
        for (String id : List.of("d-1", "d-2", "d-3")) {
            store.claim(id);
            store.confirm(id);
        }
        clock.advance(Duration.ofMinutes(5));

        assertThatThrownBy(() -> store.claim("d-4"))
                .isInstanceOfSatisfying(DeliveryStoreFullException.class,
                        full -> assertThat(full.retryAfter()).isEqualTo(Duration.ofMinutes(10)))
                .hasMessageContaining("3 delivery ids");
        assertThat(store.claim("d-1")).isEqualTo(ALREADY_PROCESSED);
        assertThat(store.size()).isEqualTo(3);

        clock.advance(Duration.ofMinutes(10));
        assertThat(store.claim("d-4")).isEqualTo(CLAIMED);
        assertThat(store.claim("d-2")).isEqualTo(ALREADY_PROCESSED);
    }

    @Test
    void aCopyOfAKnownDeliveryIsStillRecognisedWhenTheStoreIsFull() {
        InMemoryDeliveryStore store = store().maxEntries(2).build();
        store.claim("d-1");
        store.confirm("d-1");
        store.claim("d-2");

        assertThat(store.claim("d-1")).isEqualTo(ALREADY_PROCESSED);
        assertThat(store.claim("d-2")).isEqualTo(IN_PROGRESS);
    }

    @Test
    void theRetentionItPromisesIsTheShorterOfTtlAndMinRetention() {
        assertThat(store().build().retention()).isEqualTo(InMemoryDeliveryStore.DEFAULT_MIN_RETENTION)
                .isEqualTo(Duration.ofMinutes(15));
        assertThat(store().ttl(Duration.ofMinutes(1)).build().retention()).isEqualTo(Duration.ofMinutes(1));
        assertThat(store().minRetention(Duration.ofHours(2)).build().retention()).isEqualTo(Duration.ofHours(2));
        assertThat(store().minRetention(Duration.ofHours(30)).build().retention()).isEqualTo(Duration.ofHours(24));
    }

    @Test
    void pastTheBoundTheOldestProcessedDeliveryIsForgottenFirstOnceItsMinimumRetentionHasPassed() {
        InMemoryDeliveryStore store = store().maxEntries(3).build();
        for (String id : List.of("d-1", "d-2", "d-3")) {
            store.claim(id);
            store.confirm(id);
        }
        clock.advance(InMemoryDeliveryStore.DEFAULT_MIN_RETENTION);

        store.claim("d-4");

        assertThat(store.size()).isEqualTo(3);
        assertThat(store.claim("d-2")).isEqualTo(ALREADY_PROCESSED);
        assertThat(store.claim("d-3")).isEqualTo(ALREADY_PROCESSED);
        assertThat(store.claim("d-1")).isEqualTo(CLAIMED);
    }

    @Test
    void claimsInProgressAreNeverEvictedToMakeRoom() {
        InMemoryDeliveryStore store = store().maxEntries(2).build();
        store.claim("d-1");
        store.claim("d-2");

        assertThatThrownBy(() -> store.claim("d-3"))
                .isInstanceOfSatisfying(DeliveryStoreFullException.class,
                        full -> assertThat(full.retryAfter()).isEqualTo(InMemoryDeliveryStore.DEFAULT_CLAIM_TIMEOUT));

        assertThat(store.claim("d-1")).isEqualTo(IN_PROGRESS);
        assertThat(store.claim("d-2")).isEqualTo(IN_PROGRESS);
        store.release("d-2");
        assertThat(store.claim("d-3")).isEqualTo(CLAIMED);
    }

    @Test
    void ofManyThreadsClaimingOneDeliveryAtOnceExactlyOneWins() throws Exception {
        InMemoryDeliveryStore store = new InMemoryDeliveryStore();
        int threads = 16;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (int round = 0; round < 50; round++) {
                String id = "d-" + round;
                CountDownLatch start = new CountDownLatch(1);
                List<Future<DeliveryClaim>> claims = new ArrayList<>();
                for (int i = 0; i < threads; i++) {
                    claims.add(pool.submit(() -> {
                        start.await();
                        return store.claim(id);
                    }));
                }
                start.countDown();
                List<DeliveryClaim> answers = new ArrayList<>();
                for (Future<DeliveryClaim> claim : claims) {
                    answers.add(claim.get(60, TimeUnit.SECONDS));
                }

                assertThat(answers).filteredOn(CLAIMED::equals).hasSize(1);
                assertThat(answers).filteredOn(IN_PROGRESS::equals).hasSize(threads - 1);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void settingsAreValidated() {
        assertThatThrownBy(() -> store().maxEntries(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxEntries");
        assertThatThrownBy(() -> store().ttl(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ttl");
        assertThatThrownBy(() -> store().claimTimeout(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("claimTimeout");
        assertThatThrownBy(() -> store().minRetention(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("minRetention");
    }
}
