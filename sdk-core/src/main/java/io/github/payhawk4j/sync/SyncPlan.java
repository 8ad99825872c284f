package io.github.payhawk4j.sync;

import java.util.List;

/**
 * What a {@link MasterDataSync} changes to make Payhawk's list equal the ERP's: the items to create, to update and
 * to delete, each matched by its key (the code or the external id). Payhawk's items without a key are not the
 * ERP's and are left alone. Immutable.
 *
 * @param <D> the type of the ERP's items, e.g. {@code NewCustomFieldValue}
 * @param <R> the type of Payhawk's items, e.g. {@code CustomFieldValue}
 */
public final class SyncPlan<D, R> {

    private final List<D> creates;
    private final List<SyncUpdate<D, R>> updates;
    private final List<R> deletes;
    private final int unchanged;
    private final List<D> desired;
    private final List<R> unmanaged;

    SyncPlan(List<D> creates, List<SyncUpdate<D, R>> updates, List<R> deletes, int unchanged, List<D> desired,
             List<R> unmanaged) {
        this.creates = List.copyOf(creates);
        this.updates = List.copyOf(updates);
        this.deletes = List.copyOf(deletes);
        this.unchanged = unchanged;
        this.desired = List.copyOf(desired);
        this.unmanaged = List.copyOf(unmanaged);
    }

    /** {@return the ERP's items Payhawk does not have, in the ERP's order} */
    public List<D> creates() {
        return creates;
    }

    /** {@return the items both have with a different content, in the ERP's order} */
    public List<SyncUpdate<D, R>> updates() {
        return updates;
    }

    /** {@return Payhawk's items the ERP no longer has} */
    public List<R> deletes() {
        return deletes;
    }

    /** {@return how many items are already equal} */
    public int unchanged() {
        return unchanged;
    }

    /** {@return whether there is nothing to change} */
    public boolean isEmpty() {
        return creates.isEmpty() && updates.isEmpty() && deletes.isEmpty();
    }

    /** {@return how many changes the plan makes: creates, updates and deletes} */
    public int changes() {
        return creates.size() + updates.size() + deletes.size();
    }

    /** The ERP's whole list, for a sync that replaces the list at once. */
    List<D> desired() {
        return desired;
    }

    /** Payhawk's items without a key, which a whole-list replacement has to send back to keep them. */
    List<R> unmanaged() {
        return unmanaged;
    }

    @Override
    public String toString() {
        return "SyncPlan{creates=" + creates.size() + ", updates=" + updates.size() + ", deletes=" + deletes.size()
                + ", unchanged=" + unchanged + '}';
    }
}
