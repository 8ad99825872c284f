package io.github.payhawk4j.webhooks.event;

/**
 * Any supplier event; handle this type to treat all of them alike.
 */
public sealed interface SupplierEvent extends WebhookEvent permits SupplierCreated, SupplierUpdated {

    /** {@return the supplier, or {@code null} if the payload has none} */
    String supplierId();
}
