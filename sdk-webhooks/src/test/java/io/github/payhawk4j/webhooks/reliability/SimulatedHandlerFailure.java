package io.github.payhawk4j.webhooks.reliability;

/** What a test handler throws to fail on purpose; without a stack trace, to keep the dispatcher's log short. */
final class SimulatedHandlerFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** A failure for the delivery {@code deliveryId}. */
    SimulatedHandlerFailure(String deliveryId) {
        super("simulated failure handling " + deliveryId, null, false, false);
    }
}
