package io.github.payhawk4j.sandbox;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/** The sliding window itself, on a hand-moved clock. */
class PerKeyRateLimitTest {

    private final AtomicLong nanos = new AtomicLong();
    private final PerKeyRateLimit limiter = new PerKeyRateLimit(15, Duration.ofSeconds(1), nanos::get);

    @Test
    void admitsFifteenThenRefusesUntilTheOldestLeavesTheWindow() {
        for (int i = 0; i < 15; i++) {
            nanos.addAndGet(Duration.ofMillis(10).toNanos());
            assertThat(limiter.acquire("k").admitted()).isTrue();
        }
        PerKeyRateLimit.Decision refused = limiter.acquire("k");
        assertThat(refused.admitted()).isFalse();
        assertThat(refused.remaining()).isZero();
        // The first request was at 10 ms, now is 150 ms: it leaves the window at 1010 ms.
        assertThat(refused.retryAfter()).isEqualTo(Duration.ofMillis(860));
        assertThat(refused.retryAfterSeconds()).isEqualTo(1);

        nanos.set(Duration.ofMillis(1010).toNanos());
        assertThat(limiter.acquire("k").admitted()).isTrue();
        assertThat(limiter.acquire("k").admitted()).isFalse();
    }

    @Test
    void remainingCountsDown() {
        assertThat(limiter.acquire("k").remaining()).isEqualTo(14);
        assertThat(limiter.acquire("k").remaining()).isEqualTo(13);
    }

    @Test
    void refusedRequestsDoNotUseUpTheWindow() {
        PerKeyRateLimit small = new PerKeyRateLimit(1, Duration.ofSeconds(1), nanos::get);
        assertThat(small.acquire("k").admitted()).isTrue();
        for (int i = 0; i < 5; i++) {
            nanos.addAndGet(Duration.ofMillis(100).toNanos());
            assertThat(small.acquire("k").admitted()).isFalse();
        }
        nanos.set(Duration.ofSeconds(1).toNanos());
        assertThat(small.acquire("k").admitted()).isTrue();
    }

    @Test
    void keysAreCountedSeparately() {
        PerKeyRateLimit small = new PerKeyRateLimit(1, Duration.ofSeconds(1), nanos::get);
        assertThat(small.acquire("a").admitted()).isTrue();
        assertThat(small.acquire("b").admitted()).isTrue();
        assertThat(small.acquire("a").admitted()).isFalse();
    }
}
