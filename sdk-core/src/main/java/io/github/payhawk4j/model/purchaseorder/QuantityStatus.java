package io.github.payhawk4j.model.purchaseorder;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.github.payhawk4j.model.OpenEnum;

import java.util.Map;

/**
 * How the received quantity of a purchase order or item compares to the expected quantity
 * ({@code IPurchaseOrder.receivedQuantityStatus}, {@code IPurchaseOrderItem.quantityStatus}).
 * Open: unknown values are kept, see {@link OpenEnum}.
 */
public final class QuantityStatus extends OpenEnum {

    public static final QuantityStatus NONE = new QuantityStatus("none", true);
    public static final QuantityStatus PARTIAL = new QuantityStatus("partial", true);
    public static final QuantityStatus FULL = new QuantityStatus("full", true);
    public static final QuantityStatus DISCREPANCY = new QuantityStatus("discrepancy", true);

    private static final Map<String, QuantityStatus> KNOWN = index(NONE, PARTIAL, FULL, DISCREPANCY);

    private QuantityStatus(String value, boolean known) {
        super(value, known);
    }

    /** The constant for {@code value}, or a new unknown instance holding it. */
    @JsonCreator
    public static QuantityStatus of(String value) {
        QuantityStatus known = KNOWN.get(value);
        return known != null ? known : new QuantityStatus(value, false);
    }
}
