package io.github.payhawk4j.model.purchaseorder;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.github.payhawk4j.model.OpenEnum;

import java.util.Map;

/**
 * The type of a purchase order or purchase order item ({@code IPurchaseOrder.type}, {@code IPurchaseOrderItem.type}).
 * Open: unknown values are kept, see {@link OpenEnum}.
 */
public final class PurchaseOrderType extends OpenEnum<PurchaseOrderType.Known> {

    public static final PurchaseOrderType NORMAL = new PurchaseOrderType("normal", Known.NORMAL);
    public static final PurchaseOrderType RECEIPT_NOTE = new PurchaseOrderType("receipt_note", Known.RECEIPT_NOTE);

    private static final Map<String, PurchaseOrderType> KNOWN = index(NORMAL, RECEIPT_NOTE);

    private PurchaseOrderType(String value, Known known) {
        super(value, known, known != Known.UNKNOWN);
    }

    /** The constant for {@code value}, or a new unknown instance holding it. */
    @JsonCreator
    public static PurchaseOrderType of(String value) {
        PurchaseOrderType known = KNOWN.get(value);
        return known != null ? known : new PurchaseOrderType(value, Known.UNKNOWN);
    }

    /**
     * The values of {@link PurchaseOrderType} this SDK version knows, as a Java enum to {@code switch} over
     * ({@link PurchaseOrderType#known()}); {@link #UNKNOWN} stands for any value Payhawk added later.
     */
    public enum Known {
        /** {@code "normal"}. */
        NORMAL,
        /** {@code "receipt_note"}. */
        RECEIPT_NOTE,
        /** A value this SDK version does not know; {@link PurchaseOrderType#value()} has it as sent. */
        UNKNOWN
    }
}
