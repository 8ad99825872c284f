package io.github.payhawk4j.model.purchaseorder;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.github.payhawk4j.model.OpenEnum;

import java.util.Map;

/**
 * The unit a purchase order item is counted in ({@code IPurchaseOrderItem.units}).
 * Open: unknown values are kept, see {@link OpenEnum}.
 */
public final class PurchaseOrderUnit extends OpenEnum<PurchaseOrderUnit.Known> {

    public static final PurchaseOrderUnit PIECES = new PurchaseOrderUnit("pieces", Known.PIECES);
    public static final PurchaseOrderUnit HOURS = new PurchaseOrderUnit("hours", Known.HOURS);

    private static final Map<String, PurchaseOrderUnit> KNOWN = index(PIECES, HOURS);

    private PurchaseOrderUnit(String value, Known known) {
        super(value, known, known != Known.UNKNOWN);
    }

    /** The constant for {@code value}, or a new unknown instance holding it. */
    @JsonCreator
    public static PurchaseOrderUnit of(String value) {
        PurchaseOrderUnit known = KNOWN.get(value);
        return known != null ? known : new PurchaseOrderUnit(value, Known.UNKNOWN);
    }

    /**
     * The values of {@link PurchaseOrderUnit} this SDK version knows, as a Java enum to {@code switch} over
     * ({@link PurchaseOrderUnit#known()}); {@link #UNKNOWN} stands for any value Payhawk added later.
     */
    public enum Known {
        /** {@code "pieces"}. */
        PIECES,
        /** {@code "hours"}. */
        HOURS,
        /** A value this SDK version does not know; {@link PurchaseOrderUnit#value()} has it as sent. */
        UNKNOWN
    }
}
