package io.github.payhawk4j.examples.demo;

import java.util.function.BooleanSupplier;

/**
 * The demo's afternoon outage switch: while it is on, the partner app's webhook endpoint answers 503, as an app that
 * is down, and the sandbox's deliveries fail until it deactivates the subscriptions.
 */
final class PartnerAppOutage implements BooleanSupplier {

    private volatile boolean down;

    void begin() {
        down = true;
    }

    void end() {
        down = false;
    }

    @Override
    public boolean getAsBoolean() {
        return down;
    }
}
