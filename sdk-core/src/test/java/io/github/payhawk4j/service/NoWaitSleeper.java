package io.github.payhawk4j.service;

import io.github.payhawk4j.http.Sleeper;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/** A {@link Sleeper} that returns at once, so a retry or a rate-limit wait never slows a service test down. */
final class NoWaitSleeper implements Sleeper {

    @Override
    public void sleep(Duration duration) {
        // Service tests are about requests and mappings, not timing.
    }

    @Override
    public CompletableFuture<Void> delay(Duration duration) {
        return CompletableFuture.completedFuture(null);
    }
}
