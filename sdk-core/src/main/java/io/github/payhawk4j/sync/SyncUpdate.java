package io.github.payhawk4j.sync;

import java.util.Objects;

/**
 * One planned update: the item as Payhawk has it and as the ERP wants it, matched by their key.
 *
 * @param current the item in Payhawk
 * @param desired the item as the ERP's list has it
 * @param <D>     the type of the ERP's items
 * @param <R>     the type of Payhawk's items
 */
public record SyncUpdate<D, R>(R current, D desired) {

    /** Both items are required. */
    public SyncUpdate {
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(desired, "desired");
    }
}
