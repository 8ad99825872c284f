package io.github.payhawk4j.sandbox;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** The sandbox's clock and the way it writes date-times: ISO-8601 UTC with milliseconds, like Payhawk. */
final class SandboxTime {

    private static final DateTimeFormatter MILLIS = DateTimeFormatter
            .ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private final Clock clock;

    SandboxTime(Clock clock) {
        this.clock = clock;
    }

    Instant now() {
        return clock.instant();
    }

    /** The current instant as Payhawk writes it, e.g. {@code 2024-06-09T04:48:23.193Z}. */
    String nowText() {
        return format(now());
    }

    static String format(Instant instant) {
        return MILLIS.format(instant);
    }
}
