package io.github.payhawk4j.model.purchaseorder;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.github.payhawk4j.model.OpenEnum;

import java.util.Map;

/**
 * How the invoiced amount of a purchase order compares to its total ({@code IPurchaseOrder.invoicedAmountStatus}).
 * Open: unknown values are kept, see {@link OpenEnum}.
 */
public final class InvoicedAmountStatus extends OpenEnum<InvoicedAmountStatus.Known> {

    public static final InvoicedAmountStatus NONE = new InvoicedAmountStatus("none", Known.NONE);
    public static final InvoicedAmountStatus PARTIAL = new InvoicedAmountStatus("partial", Known.PARTIAL);
    public static final InvoicedAmountStatus MATCHED = new InvoicedAmountStatus("matched", Known.MATCHED);
    public static final InvoicedAmountStatus DISCREPANCY = new InvoicedAmountStatus("discrepancy", Known.DISCREPANCY);

    private static final Map<String, InvoicedAmountStatus> KNOWN = index(NONE, PARTIAL, MATCHED, DISCREPANCY);

    private InvoicedAmountStatus(String value, Known known) {
        super(value, known, known != Known.UNKNOWN);
    }

    /** The constant for {@code value}, or a new unknown instance holding it. */
    @JsonCreator
    public static InvoicedAmountStatus of(String value) {
        InvoicedAmountStatus known = KNOWN.get(value);
        return known != null ? known : new InvoicedAmountStatus(value, Known.UNKNOWN);
    }

    /**
     * The values of {@link InvoicedAmountStatus} this SDK version knows, as a Java enum to {@code switch} over
     * ({@link InvoicedAmountStatus#known()}); {@link #UNKNOWN} stands for any value Payhawk added later.
     */
    public enum Known {
        /** {@code "none"}. */
        NONE,
        /** {@code "partial"}. */
        PARTIAL,
        /** {@code "matched"}. */
        MATCHED,
        /** {@code "discrepancy"}. */
        DISCREPANCY,
        /** A value this SDK version does not know; {@link InvoicedAmountStatus#value()} has it as sent. */
        UNKNOWN
    }
}
