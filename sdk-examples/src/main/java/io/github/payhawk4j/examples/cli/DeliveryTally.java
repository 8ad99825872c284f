package io.github.payhawk4j.examples.cli;

import java.time.Duration;

/**
 * Counts what the inspector answered: verified deliveries, duplicates of verified ones and rejected requests,
 * and lets the main thread wait for a number of them. Thread-safe.
 */
final class DeliveryTally {

    private int verified;
    private int duplicates;
    private int rejected;

    /** A delivery passed verification and was printed. */
    synchronized void verified() {
        verified++;
        notifyAll();
    }

    /** A verified delivery arrived again and was answered without printing it again. */
    synchronized void duplicate() {
        duplicates++;
        notifyAll();
    }

    /** A request to the webhook path was refused (bad signature, old timestamp, wrong method, ...). */
    synchronized void rejected() {
        rejected++;
        notifyAll();
    }

    /** Verified deliveries so far. */
    synchronized int verifiedCount() {
        return verified;
    }

    /** Rejected requests so far. */
    synchronized int rejectedCount() {
        return rejected;
    }

    /** Every answered request so far: verified, duplicate or rejected. */
    synchronized int total() {
        return verified + duplicates + rejected;
    }

    /**
     * Waits until {@link #total()} reaches {@code count} or {@code timeout} passes.
     *
     * @param timeout how long to wait at most; {@code null} for no limit
     * @return whether the count was reached
     * @throws InterruptedException if the waiting thread is interrupted
     */
    synchronized boolean await(int count, Duration timeout) throws InterruptedException {
        if (timeout == null) {
            while (total() < count) {
                wait();
            }
            return true;
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        while (total() < count) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            wait(Math.max(1, Math.min(left / 1_000_000, Integer.MAX_VALUE)));
        }
        return true;
    }

    /** E.g. {@code 4 verified, 0 duplicates, 1 rejected}. */
    synchronized String summary() {
        return verified + " verified, " + duplicates + (duplicates == 1 ? " duplicate, " : " duplicates, ")
                + rejected + " rejected";
    }
}
