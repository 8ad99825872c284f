package io.github.payhawk4j.examples.cli;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A UTC clock that can be pinned to a past instant while demo data is seeded (so seeded expenses get
 * realistic creation dates) and then released to run with the system clock again, which signed webhook
 * deliveries need. Thread-safe.
 */
final class SeedClock extends Clock {

    private volatile Instant pinned;

    /** Reads {@code at} until {@link #release()}. */
    void pin(Instant at) {
        this.pinned = at;
    }

    /** Follows the system clock from now on. */
    void release() {
        this.pinned = null;
    }

    @Override
    public Instant instant() {
        Instant at = pinned;
        return at != null ? at : Instant.now();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }
}
