package io.github.payhawk4j.model.purchaseorder;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.github.payhawk4j.model.OpenEnum;

import java.util.Map;

/**
 * How the received quantity of a purchase order or item compares to the expected quantity
 * ({@code IPurchaseOrder.receivedQuantityStatus}, {@code IPurchaseOrderItem.quantityStatus}).
 * Open: unknown values are kept, see {@link OpenEnum}.
 */
public final class QuantityStatus extends OpenEnum<QuantityStatus.Known> {

    public static final QuantityStatus NONE = new QuantityStatus("none", Known.NONE);
    public static final QuantityStatus PARTIAL = new QuantityStatus("partial", Known.PARTIAL);
    public static final QuantityStatus FULL = new QuantityStatus("full", Known.FULL);
    public static final QuantityStatus DISCREPANCY = new QuantityStatus("discrepancy", Known.DISCREPANCY);

    private static final Map<String, QuantityStatus> KNOWN = index(NONE, PARTIAL, FULL, DISCREPANCY);

    private QuantityStatus(String value, Known known) {
        super(value, known, known != Known.UNKNOWN);
    }

    /** The constant for {@code value}, or a new unknown instance holding it. */
    @JsonCreator
    public static QuantityStatus of(String value) {
        QuantityStatus known = KNOWN.get(value);
        return known != null ? known : new QuantityStatus(value, Known.UNKNOWN);
    }

    /**
     * The values of {@link QuantityStatus} this SDK version knows, as a Java enum to {@code switch} over
     * ({@link QuantityStatus#known()}); {@link #UNKNOWN} stands for any value Payhawk added later.
     */
    public enum Known {
        /** {@code "none"}. */
        NONE,
        /** {@code "partial"}. */
        PARTIAL,
        /** {@code "full"}. */
        FULL,
        /** {@code "discrepancy"}. */
        DISCREPANCY,
        /** A value this SDK version does not know; {@link QuantityStatus#value()} has it as sent. */
        UNKNOWN
    }
}
