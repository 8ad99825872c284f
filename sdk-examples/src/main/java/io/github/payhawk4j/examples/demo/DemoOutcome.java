package io.github.payhawk4j.examples.demo;

import io.github.payhawk4j.examples.partnerapp.DeliveryCounts;

import java.util.List;

/**
 * How a run of the demo ended.
 *
 * @param deliveries what the partner app's webhook endpoint saw
 * @param problems   why the run failed; empty when every event was processed exactly once and the ledger balances
 */
public record DemoOutcome(DeliveryCounts deliveries, List<String> problems) {

    /** Copies the problems. */
    public DemoOutcome {
        problems = List.copyOf(problems);
    }

    /** Whether the run proved what it set out to: exactly-once processing and a balanced ledger. */
    public boolean succeeded() {
        return problems.isEmpty();
    }
}
