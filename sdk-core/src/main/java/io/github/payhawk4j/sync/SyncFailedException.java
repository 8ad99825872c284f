package io.github.payhawk4j.sync;

import java.io.Serial;

/**
 * A sync stopped part-way: some changes of its plan were applied, the one that failed (its cause, usually a
 * {@code PayhawkException}) and those after it were not. Running the sync again converges: it plans from what
 * Payhawk holds now, so what was applied is not repeated.
 */
public final class SyncFailedException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final transient SyncPlan<?, ?> plan;
    private final int appliedChanges;

    SyncFailedException(SyncPlan<?, ?> plan, int appliedChanges, RuntimeException cause) {
        super("The sync applied " + appliedChanges + " of the " + plan.changes() + " changes of " + plan
                + " and stopped: " + cause.getMessage() + ". Run it again: it plans from Payhawk's current state", cause);
        this.plan = plan;
        this.appliedChanges = appliedChanges;
    }

    /** {@return the plan that was being applied; null after deserialization} */
    public SyncPlan<?, ?> plan() {
        return plan;
    }

    /** {@return how many changes of the plan were applied before the failure} */
    public int appliedChanges() {
        return appliedChanges;
    }
}
