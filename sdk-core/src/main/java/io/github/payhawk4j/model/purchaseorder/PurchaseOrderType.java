package io.github.payhawk4j.model.purchaseorder;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.github.payhawk4j.model.OpenEnum;

import java.util.Map;

/**
 * The type of a purchase order or purchase order item ({@code IPurchaseOrder.type}, {@code IPurchaseOrderItem.type}).
 * Open: unknown values are kept, see {@link OpenEnum}.
 */
public final class PurchaseOrderType extends OpenEnum {

    public static final PurchaseOrderType NORMAL = new PurchaseOrderType("normal", true);
    public static final PurchaseOrderType RECEIPT_NOTE = new PurchaseOrderType("receipt_note", true);

    private static final Map<String, PurchaseOrderType> KNOWN = index(NORMAL, RECEIPT_NOTE);

    private PurchaseOrderType(String value, boolean known) {
        super(value, known);
    }

    /** The constant for {@code value}, or a new unknown instance holding it. */
    @JsonCreator
    public static PurchaseOrderType of(String value) {
        PurchaseOrderType known = KNOWN.get(value);
        return known != null ? known : new PurchaseOrderType(value, false);
    }
}
