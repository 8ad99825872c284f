package io.github.payhawk4j.model.purchaseorder;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.github.payhawk4j.model.OpenEnum;

import java.util.Map;

/**
 * How the invoiced amount of a purchase order compares to its total ({@code IPurchaseOrder.invoicedAmountStatus}).
 * Open: unknown values are kept, see {@link OpenEnum}.
 */
public final class InvoicedAmountStatus extends OpenEnum {

    public static final InvoicedAmountStatus NONE = new InvoicedAmountStatus("none", true);
    public static final InvoicedAmountStatus PARTIAL = new InvoicedAmountStatus("partial", true);
    public static final InvoicedAmountStatus MATCHED = new InvoicedAmountStatus("matched", true);
    public static final InvoicedAmountStatus DISCREPANCY = new InvoicedAmountStatus("discrepancy", true);

    private static final Map<String, InvoicedAmountStatus> KNOWN = index(NONE, PARTIAL, MATCHED, DISCREPANCY);

    private InvoicedAmountStatus(String value, boolean known) {
        super(value, known);
    }

    /** The constant for {@code value}, or a new unknown instance holding it. */
    @JsonCreator
    public static InvoicedAmountStatus of(String value) {
        InvoicedAmountStatus known = KNOWN.get(value);
        return known != null ? known : new InvoicedAmountStatus(value, false);
    }
}
