package io.github.payhawk4j.webhooks.inbox;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class RetryBackoffTest {

    @Test
    void theDelayDoublesPerAttemptUpToTheMaximumAndJittersInItsUpperHalf() {
        RetryBackoff lowest = new RetryBackoff(Duration.ofSeconds(10), Duration.ofMinutes(1), () -> 0.0);
        RetryBackoff highest = new RetryBackoff(Duration.ofSeconds(10), Duration.ofMinutes(1), () -> 0.999_999);

        assertThat(lowest.delayMillis(1)).isEqualTo(5_000);
        assertThat(highest.delayMillis(1)).isEqualTo(9_999);
        assertThat(lowest.delayMillis(2)).isEqualTo(10_000);
        assertThat(highest.delayMillis(3)).isEqualTo(39_999);
        assertThat(lowest.delayMillis(4)).as("80 s capped at 60 s").isEqualTo(30_000);
        assertThat(highest.delayMillis(4)).isEqualTo(59_999);
        assertThat(highest.delayMillis(1_000)).as("no overflow after many attempts").isEqualTo(59_999);
    }
}
