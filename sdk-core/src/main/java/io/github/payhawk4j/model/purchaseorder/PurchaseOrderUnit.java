package io.github.payhawk4j.model.purchaseorder;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.github.payhawk4j.model.OpenEnum;

import java.util.Map;

/**
 * The unit a purchase order item is counted in ({@code IPurchaseOrderItem.units}).
 * Open: unknown values are kept, see {@link OpenEnum}.
 */
public final class PurchaseOrderUnit extends OpenEnum {

    public static final PurchaseOrderUnit PIECES = new PurchaseOrderUnit("pieces", true);
    public static final PurchaseOrderUnit HOURS = new PurchaseOrderUnit("hours", true);

    private static final Map<String, PurchaseOrderUnit> KNOWN = index(PIECES, HOURS);

    private PurchaseOrderUnit(String value, boolean known) {
        super(value, known);
    }

    /** The constant for {@code value}, or a new unknown instance holding it. */
    @JsonCreator
    public static PurchaseOrderUnit of(String value) {
        PurchaseOrderUnit known = KNOWN.get(value);
        return known != null ? known : new PurchaseOrderUnit(value, false);
    }
}
