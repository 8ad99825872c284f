package io.github.payhawk4j.http;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code Retry-After} is read as delay-seconds or as an HTTP date, relative to an injected clock. */
class RetryAfterTest {

    private static final Clock NOON = Clock.fixed(Instant.parse("2026-03-10T12:00:00Z"), ZoneOffset.UTC);

    @Test
    void readsDelaySeconds() {
        assertThat(RetryAfter.parse("2", NOON)).contains(Duration.ofSeconds(2));
        assertThat(RetryAfter.parse("0", NOON)).contains(Duration.ZERO);
        assertThat(RetryAfter.parse(" 120 ", NOON)).contains(Duration.ofSeconds(120));
    }

    @Test
    void readsAnHttpDateAsTheTimeFromNow() {
        assertThat(RetryAfter.parse("Tue, 10 Mar 2026 12:00:07 GMT", NOON)).contains(Duration.ofSeconds(7));
    }

    @Test
    void anHttpDateInThePastMeansNoWait() {
        assertThat(RetryAfter.parse("Tue, 10 Mar 2026 11:59:00 GMT", NOON)).contains(Duration.ZERO);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  ", "-5", "1.5", "soon", "2026-03-10T12:00:07Z", "99999999999999999999999"})
    void ignoresValuesThatAreNeitherSecondsNorAnHttpDate(String value) {
        assertThat(RetryAfter.parse(value, NOON)).isEmpty();
    }
}
