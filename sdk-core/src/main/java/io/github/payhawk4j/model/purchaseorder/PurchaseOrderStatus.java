package io.github.payhawk4j.model.purchaseorder;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.github.payhawk4j.model.OpenEnum;

import java.util.Map;

/**
 * The status of a purchase order ({@code IPurchaseOrder.status}).
 * Open: unknown values are kept, see {@link OpenEnum}.
 */
public final class PurchaseOrderStatus extends OpenEnum {

    public static final PurchaseOrderStatus DRAFT = new PurchaseOrderStatus("draft", true);
    public static final PurchaseOrderStatus PENDING_APPROVAL = new PurchaseOrderStatus("pending_approval", true);
    public static final PurchaseOrderStatus OPEN = new PurchaseOrderStatus("open", true);
    public static final PurchaseOrderStatus RETURNED = new PurchaseOrderStatus("returned", true);
    public static final PurchaseOrderStatus REJECTED = new PurchaseOrderStatus("rejected", true);
    public static final PurchaseOrderStatus CLOSED = new PurchaseOrderStatus("closed", true);

    private static final Map<String, PurchaseOrderStatus> KNOWN = index(
            DRAFT, PENDING_APPROVAL, OPEN, RETURNED, REJECTED, CLOSED);

    private PurchaseOrderStatus(String value, boolean known) {
        super(value, known);
    }

    /** The constant for {@code value}, or a new unknown instance holding it. */
    @JsonCreator
    public static PurchaseOrderStatus of(String value) {
        PurchaseOrderStatus known = KNOWN.get(value);
        return known != null ? known : new PurchaseOrderStatus(value, false);
    }
}
