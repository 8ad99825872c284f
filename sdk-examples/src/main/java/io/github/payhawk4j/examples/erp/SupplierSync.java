package io.github.payhawk4j.examples.erp;

/**
 * What an upsert did to the ERP's supplier.
 *
 * @param outcome  created, updated or unchanged
 * @param supplier the supplier as stored afterwards
 */
public record SupplierSync(Outcome outcome, ErpSupplier supplier) {

    /** What an upsert did. */
    public enum Outcome {
        /** The supplier was new to the ERP. */
        CREATED,
        /** A synced field (such as the IBAN) changed; the revision went up. */
        UPDATED,
        /** Nothing changed, e.g. a redelivered event. */
        UNCHANGED
    }
}
