package io.github.payhawk4j.sandbox;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** Readable, unique ids per kind of resource: {@code 1}, {@code 2} ... or {@code sup_1}, {@code sup_2} ... */
final class IdSequence {

    private final Map<String, AtomicLong> counters = new ConcurrentHashMap<>();

    /** The next id with this prefix; an empty prefix gives plain numbers, as Payhawk expense ids are. */
    String next(String prefix) {
        return prefix + counters.computeIfAbsent(prefix, any -> new AtomicLong()).incrementAndGet();
    }
}
