package io.github.payhawk4j.webhooks.reliability;

/**
 * The seed of the bad-delivery fuzz tests: fixed, so every run sends the same deliveries; override with
 * {@code -Dpayhawk4j.fuzz.seed=<n>} to explore, and rerun a failure with the seed it printed.
 */
final class FuzzSeed {

    /** The system property that overrides the seed. */
    static final String PROPERTY = "payhawk4j.fuzz.seed";
    private static final long DEFAULT = 20_261_102L;

    private FuzzSeed() {
    }

    /** The seed to use, printed so that a failing run can be repeated. */
    static long value(String testName) {
        long seed = Long.getLong(PROPERTY, DEFAULT);
        System.out.println(testName + ": fuzz seed " + seed + " (repeat with -D" + PROPERTY + "=" + seed + ")");
        return seed;
    }
}
