package io.github.payhawk4j.webhooks.event;

import java.util.Optional;

/**
 * Any purchase order event; handle this type to treat all of them alike.
 */
public sealed interface PurchaseOrderEvent extends WebhookEvent permits PurchaseOrderStatusChanged {

    /** {@return the purchase order, or {@code null} if the payload has none} */
    String purchaseOrderId();

    /** {@return the new status, if the payload carries one} */
    Optional<String> status();
}
