package io.github.payhawk4j.sandbox;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Exponential backoff between delivery attempts. */
class DeliverySettingsTest {

    @Test
    void theWaitDoublesPerRetryUpToTheMaximum() {
        DeliverySettings settings = new DeliverySettings(6, Duration.ofSeconds(1), Duration.ofSeconds(5),
                Duration.ofSeconds(10), 3, 1);
        assertThat(settings.backoffBefore(1)).isEqualTo(Duration.ofSeconds(1));
        assertThat(settings.backoffBefore(2)).isEqualTo(Duration.ofSeconds(2));
        assertThat(settings.backoffBefore(3)).isEqualTo(Duration.ofSeconds(4));
        assertThat(settings.backoffBefore(4)).isEqualTo(Duration.ofSeconds(5));
        assertThat(settings.backoffBefore(40)).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void nonsensicalSettingsAreRefused() {
        assertThatThrownBy(() -> new DeliverySettings(0, Duration.ZERO, Duration.ZERO, Duration.ofSeconds(1), 1, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PayhawkSandbox.builder().signer(TestSigner.SHARED).deliveryThreads(0).start())
                .isInstanceOf(IllegalArgumentException.class);
    }
}
