package io.github.payhawk4j.http;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The limiter hands out at most {@code permits} slots per sliding window, on a fake monotonic
 * clock. A slot's window starts when the attempt that used it ended (was released).
 */
class SlidingWindowRateLimiterTest {

    private static final Duration SECOND = Duration.ofSeconds(1);
    private static final Duration WINDOW_WITH_MARGIN = SECOND.plus(SlidingWindowRateLimiter.MARGIN);

    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final SlidingWindowRateLimiter limiter = new SlidingWindowRateLimiter(15, SECOND, now::get);

    @Test
    void fifteenRequestsGoAtOnce() {
        for (int i = 0; i < 15; i++) {
            assertThat(limiter.reserve().ready()).as("slot %d", i + 1).isCompletedWithValue(Duration.ZERO);
        }
    }

    @Test
    void theSixteenthWaitsForTheFirstToEndThenForTheWindowPlusMargin() {
        List<RateLimiter.Slot> first15 = reserve(15);

        RateLimiter.Slot sixteenth = limiter.reserve();
        assertThat(sixteenth.ready()).as("the first request is still in flight").isNotDone();

        first15.get(0).release();
        assertThat(sixteenth.ready()).isCompletedWithValue(WINDOW_WITH_MARGIN);
    }

    @Test
    void theWindowCountsFromWhenTheRequestEndedNotWhenItWasSent() {
        List<RateLimiter.Slot> first15 = reserve(15);
        advance(Duration.ofMillis(400));
        first15.forEach(RateLimiter.Slot::release);
        advance(Duration.ofMillis(100));

        // Sent at 0 ms but ended at 400 ms: the server may have seen them as late as 400 ms.
        assertThat(limiter.reserve().ready()).isCompletedWithValue(WINDOW_WITH_MARGIN.minusMillis(100));
    }

    @Test
    void queuedCallersFollowTheSlotsInOrder() {
        List<RateLimiter.Slot> first15 = reserve(15);
        RateLimiter.Slot sixteenth = limiter.reserve();
        RateLimiter.Slot seventeenth = limiter.reserve();

        first15.get(1).release();
        assertThat(sixteenth.ready()).as("waits for slot 1, not for whichever ends first").isNotDone();
        assertThat(seventeenth.ready()).isCompletedWithValue(WINDOW_WITH_MARGIN);

        advance(Duration.ofMillis(30));
        first15.get(0).release();
        assertThat(sixteenth.ready()).isCompletedWithValue(WINDOW_WITH_MARGIN);
    }

    @Test
    void theWindowSlidesSlotsFreeUpOneByOne() {
        for (int i = 0; i < 15; i++) {
            limiter.reserve().release();
            advance(Duration.ofMillis(100));
        }
        // now = 1500 ms; the slots ended at 0, 100, ..., 1400 ms and each is free 1050 ms after its end.
        assertThat(limiter.reserve().ready()).as("ended at 0 ms").isCompletedWithValue(Duration.ZERO);
        assertThat(limiter.reserve().ready()).as("ended at 100 ms").isCompletedWithValue(Duration.ZERO);
        assertThat(limiter.reserve().ready()).as("ended at 200 ms").isCompletedWithValue(Duration.ZERO);
        assertThat(limiter.reserve().ready()).as("ended at 300 ms").isCompletedWithValue(Duration.ZERO);
        assertThat(limiter.reserve().ready()).as("ended at 400 ms").isCompletedWithValue(Duration.ZERO);
        assertThat(limiter.reserve().ready()).as("ended at 500 ms, free at 1550 ms").isCompletedWithValue(Duration.ofMillis(50));
        assertThat(limiter.reserve().ready()).as("ended at 600 ms, free at 1650 ms").isCompletedWithValue(Duration.ofMillis(150));
    }

    @Test
    void afterAQuietWindowAllSlotsAreFreeAgain() {
        reserve(15).forEach(RateLimiter.Slot::release);
        advance(WINDOW_WITH_MARGIN);

        for (int i = 0; i < 15; i++) {
            assertThat(limiter.reserve().ready()).as("slot %d", i + 1).isCompletedWithValue(Duration.ZERO);
        }
        assertThat(limiter.reserve().ready()).isNotDone();
    }

    @Test
    void aWaitingCallerHoldsItsSlotUntilItReleasesIt() {
        reserve(15).forEach(RateLimiter.Slot::release);
        List<RateLimiter.Slot> second15 = reserve(15);
        assertThat(second15).allSatisfy(slot -> assertThat(slot.ready()).isCompletedWithValue(WINDOW_WITH_MARGIN));

        RateLimiter.Slot thirtyFirst = limiter.reserve();
        assertThat(thirtyFirst.ready()).as("the 16th has not sent yet").isNotDone();

        advance(WINDOW_WITH_MARGIN.plusMillis(200));
        second15.get(0).release();
        assertThat(thirtyFirst.ready()).isCompletedWithValue(WINDOW_WITH_MARGIN);
    }

    @Test
    void aSlotGivenUpBeforeItWasReadyEndsNoEarlierThanTheSlotItWaitedFor() {
        SlidingWindowRateLimiter onePerSecond = new SlidingWindowRateLimiter(1, SECOND, now::get);
        RateLimiter.Slot inFlight = onePerSecond.reserve();
        RateLimiter.Slot givenUp = onePerSecond.reserve();
        givenUp.release();

        RateLimiter.Slot next = onePerSecond.reserve();
        assertThat(next.ready()).as("the first request is still in flight").isNotDone();

        advance(Duration.ofMillis(700));
        inFlight.release();
        assertThat(next.ready()).isCompletedWithValue(WINDOW_WITH_MARGIN);
    }

    @Test
    void unlimitedNeverWaits() {
        RateLimiter unlimited = RateLimiter.unlimited();
        for (int i = 0; i < 100; i++) {
            assertThat(unlimited.reserve().ready()).isCompletedWithValue(Duration.ZERO);
        }
    }

    @Test
    void refusesNonsenseSettings() {
        assertThatThrownBy(() -> new SlidingWindowRateLimiter(0, SECOND)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SlidingWindowRateLimiter(15, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SlidingWindowRateLimiter(15, Duration.ofMillis(-1))).isInstanceOf(IllegalArgumentException.class);
    }

    private List<RateLimiter.Slot> reserve(int count) {
        List<RateLimiter.Slot> slots = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            slots.add(limiter.reserve());
        }
        return slots;
    }

    private void advance(Duration duration) {
        now.addAndGet(duration.toNanos());
    }
}
