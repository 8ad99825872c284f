package io.github.payhawk4j.webhooks.reliability;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What each kind of bad delivery was answered, and every answer that was not the expected one (the first few
 * kept as examples). Not thread-safe.
 */
final class AnswerTally {

    private static final int EXAMPLES_KEPT = 20;

    private final Map<Mutation, Map<Integer, Integer>> statuses = new EnumMap<>(Mutation.class);
    private final List<String> unexpected = new ArrayList<>();
    private int unexpectedCount;
    private int total;

    /** Records that {@code delivery} was answered {@code status} (-1 for an escaped exception, described in {@code note}). */
    void record(BadDelivery delivery, int status, String note) {
        total++;
        statuses.computeIfAbsent(delivery.mutation(), any -> new TreeMap<>()).merge(status, 1, Integer::sum);
        if (status != delivery.expectedStatus()) {
            unexpectedCount++;
            if (unexpected.size() < EXAMPLES_KEPT) {
                unexpected.add(delivery + " but got " + status + ": " + note);
            }
        }
    }

    /** How many deliveries were recorded. */
    int total() {
        return total;
    }

    /** How many deliveries of {@code mutation} were recorded. */
    int count(Mutation mutation) {
        return statuses.getOrDefault(mutation, Map.of()).values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Every status answered, over all mutations. */
    List<Integer> distinctStatuses() {
        return statuses.values().stream().flatMap(byStatus -> byStatus.keySet().stream()).distinct().sorted().toList();
    }

    /** The first unexpected answers, with the total count of them. */
    List<String> unexpected() {
        List<String> report = new ArrayList<>(unexpected);
        if (unexpectedCount > unexpected.size()) {
            report.add("... " + (unexpectedCount - unexpected.size()) + " more");
        }
        return report;
    }

    /** One line per mutation: its count and the statuses it got. */
    String table() {
        StringBuilder table = new StringBuilder();
        statuses.forEach((mutation, byStatus) -> table.append(String.format("  %-24s %6d  %s%n",
                mutation, byStatus.values().stream().mapToInt(Integer::intValue).sum(), byStatus)));
        return table.toString();
    }
}
