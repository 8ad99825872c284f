package io.github.payhawk4j.webhooks.reliability;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What concurrent senders were answered: successes by outcome ({@code processed}, {@code duplicate}), refusals by
 * status, deliveries given up on, and any answer a valid delivery should never get. Thread-safe.
 */
final class SenderTally {

    private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
    private final List<String> lost = new CopyOnWriteArrayList<>();
    private final List<String> unexpected = new CopyOnWriteArrayList<>();

    /** A 200 with {@code body}, e.g. {@code {"status":"duplicate"}}. */
    void succeeded(String body) {
        String outcome = body.replaceAll(".*\"status\":\"([^\"]*)\".*", "$1");
        increment(outcome);
        if (!outcome.equals("processed") && !outcome.equals("duplicate")) {
            unexpected.add("200 " + body);
        }
    }

    /** A non-200 answer: 409 (in progress) and 500 (handler failed) are retried; anything else is unexpected. */
    void refused(int status, String body) {
        increment(String.valueOf(status));
        if (status != 409 && status != 500) {
            unexpected.add(status + " " + body);
        }
    }

    /** A delivery that still had no 200 after the bounded number of sends. */
    void gaveUp(SignedRequest delivery) {
        lost.add(delivery.pathAndQuery() + " " + delivery.body().length + " bytes");
    }

    /** How many answers had this outcome or status. */
    int count(String outcomeOrStatus) {
        AtomicInteger count = counts.get(outcomeOrStatus);
        return count == null ? 0 : count.get();
    }

    /** Deliveries given up on. */
    List<String> lost() {
        return List.copyOf(lost);
    }

    /** Answers a valid delivery should never get. */
    List<String> unexpected() {
        return List.copyOf(unexpected);
    }

    private void increment(String key) {
        counts.computeIfAbsent(key, any -> new AtomicInteger()).incrementAndGet();
    }

    /** The counts by outcome and status. */
    @Override
    public String toString() {
        Map<String, Integer> snapshot = new TreeMap<>();
        counts.forEach((key, count) -> snapshot.put(key, count.get()));
        return snapshot.toString();
    }
}
