package io.github.payhawk4j.sync;

import java.util.List;

/** Where a sync reads Payhawk's list from and applies its plan to. */
interface SyncTarget<D, R> {

    /** Payhawk's whole list. */
    List<R> list();

    /**
     * Applies {@code plan}, counting each change done in {@code applied}, and stops at the first failure by
     * throwing it.
     */
    void apply(SyncPlan<D, R> plan, int[] applied);
}
