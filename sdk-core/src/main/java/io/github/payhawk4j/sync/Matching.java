package io.github.payhawk4j.sync;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * How the ERP's items and Payhawk's are matched (by a key both carry) and compared, and the plan that follows.
 *
 * @param desiredKey the key of an ERP item; never null
 * @param currentKey the key of a Payhawk item; null for an item the ERP does not manage
 * @param sameContent whether a matched pair is already equal
 */
record Matching<D, R>(Function<D, String> desiredKey, Function<R, String> currentKey, BiPredicate<D, R> sameContent) {

    /**
     * The smallest set of changes turning {@code current} into {@code desired}.
     *
     * @throws IllegalArgumentException if an ERP item has no key, or two have the same key
     */
    SyncPlan<D, R> plan(List<D> desired, List<R> current) {
        Map<String, R> byKey = new HashMap<>();
        List<R> deletes = new ArrayList<>();
        List<R> unmanaged = new ArrayList<>();
        for (R item : current) {
            String key = currentKey.apply(item);
            if (key == null) {
                unmanaged.add(item);
            } else if (byKey.putIfAbsent(key, item) != null) {
                deletes.add(item);   // a second item with the key, e.g. created twice by hand: one is enough
            }
        }
        List<D> creates = new ArrayList<>();
        List<SyncUpdate<D, R>> updates = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int unchanged = 0;
        for (D item : desired) {
            Objects.requireNonNull(item, "the ERP's list holds a null item");
            String key = desiredKey.apply(item);
            if (key == null || key.isEmpty()) {
                throw new IllegalArgumentException("Every item of the ERP's list needs a key to be matched by: " + item);
            }
            if (!seen.add(key)) {
                throw new IllegalArgumentException("The ERP's list holds two items with the key '" + key + "'");
            }
            R existing = byKey.remove(key);
            if (existing == null) {
                creates.add(item);
            } else if (sameContent.test(item, existing)) {
                unchanged++;
            } else {
                updates.add(new SyncUpdate<>(existing, item));
            }
        }
        for (R item : current) {
            String key = currentKey.apply(item);
            if (key != null && byKey.get(key) == item) {
                deletes.add(item);
            }
        }
        return new SyncPlan<>(creates, updates, deletes, unchanged, desired, unmanaged);
    }
}
