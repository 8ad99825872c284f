package io.github.payhawk4j.observation;

/** The listener that ignores everything. */
enum NoListener implements PayhawkClientListener {
    INSTANCE
}
