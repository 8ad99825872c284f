package io.github.payhawk4j.http;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The limiter hands out at most {@code permits} slots per sliding window, on a fake monotonic clock. */
class SlidingWindowRateLimiterTest {

    private static final Duration SECOND = Duration.ofSeconds(1);
    private static final Duration WINDOW_WITH_GUARD = SECOND.plus(SlidingWindowRateLimiter.JITTER_GUARD);

    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final SlidingWindowRateLimiter limiter = new SlidingWindowRateLimiter(15, SECOND, now::get);

    @Test
    void fifteenRequestsGoAtOnce() {
        for (int i = 0; i < 15; i++) {
            assertThat(limiter.reserve()).as("slot %d", i + 1).isZero();
        }
    }

    @Test
    void theSixteenthWaitsForTheWindowPlusGuard() {
        takeImmediateSlots(15);

        assertThat(limiter.reserve()).isEqualTo(WINDOW_WITH_GUARD);
    }

    @Test
    void queuedCallersAreSpacedLikeTheFirstWindow() {
        for (int i = 0; i < 15; i++) {
            limiter.reserve();
            advance(Duration.ofMillis(10));
        }
        // now = start + 150 ms; slot 16 follows slot 1 (at start) by the window, slot 17 follows slot 2.
        assertThat(limiter.reserve()).isEqualTo(WINDOW_WITH_GUARD.minusMillis(150));
        assertThat(limiter.reserve()).isEqualTo(WINDOW_WITH_GUARD.minusMillis(140));
    }

    @Test
    void theWindowSlidesRequestsFreeUpOneByOne() {
        for (int i = 0; i < 15; i++) {
            limiter.reserve();
            advance(Duration.ofMillis(100));
        }
        // now = start + 1500 ms: the first slot (at start) is older than window + guard; the sixth (500 ms) is not.
        assertThat(limiter.reserve()).as("frees the slot taken at 0 ms").isZero();
        assertThat(limiter.reserve()).as("frees the slot taken at 100 ms").isZero();
        assertThat(limiter.reserve()).as("frees the slot taken at 200 ms").isZero();
        assertThat(limiter.reserve()).as("frees the slot taken at 300 ms").isZero();
        assertThat(limiter.reserve()).as("frees the slot taken at 400 ms").isZero();
        assertThat(limiter.reserve()).as("slot taken at 500 ms frees at 1550 ms").isEqualTo(Duration.ofMillis(50));
    }

    @Test
    void afterAQuietWindowAllSlotsAreFreeAgain() {
        takeImmediateSlots(15);
        advance(WINDOW_WITH_GUARD);

        for (int i = 0; i < 15; i++) {
            assertThat(limiter.reserve()).as("slot %d", i + 1).isZero();
        }
        assertThat(limiter.reserve()).isEqualTo(WINDOW_WITH_GUARD);
    }

    @Test
    void aReservedSlotCountsEvenIfTheCallerHasNotSentYet() {
        takeImmediateSlots(15);
        Duration sixteenth = limiter.reserve();
        Duration seventeenth = limiter.reserve();

        assertThat(sixteenth).isEqualTo(WINDOW_WITH_GUARD);
        assertThat(seventeenth).isEqualTo(WINDOW_WITH_GUARD);
        takeSlotsWaiting(13, WINDOW_WITH_GUARD);
        assertThat(limiter.reserve()).as("the 31st waits for the 16th's window").isEqualTo(WINDOW_WITH_GUARD.multipliedBy(2));
    }

    @Test
    void refusesNonsenseSettings() {
        assertThatThrownBy(() -> new SlidingWindowRateLimiter(0, SECOND)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SlidingWindowRateLimiter(15, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SlidingWindowRateLimiter(15, Duration.ofMillis(-1))).isInstanceOf(IllegalArgumentException.class);
    }

    private void takeImmediateSlots(int count) {
        takeSlotsWaiting(count, Duration.ZERO);
    }

    private void takeSlotsWaiting(int count, Duration expectedWait) {
        for (int i = 0; i < count; i++) {
            assertThat(limiter.reserve()).isEqualTo(expectedWait);
        }
    }

    private void advance(Duration duration) {
        now.addAndGet(duration.toNanos());
    }
}
