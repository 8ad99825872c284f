package io.github.payhawk4j.model.purchaseorder;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.github.payhawk4j.model.OpenEnum;

import java.util.Map;

/**
 * The status of a purchase order ({@code IPurchaseOrder.status}).
 * Open: unknown values are kept, see {@link OpenEnum}.
 */
public final class PurchaseOrderStatus extends OpenEnum<PurchaseOrderStatus.Known> {

    public static final PurchaseOrderStatus DRAFT = new PurchaseOrderStatus("draft", Known.DRAFT);
    public static final PurchaseOrderStatus PENDING_APPROVAL =
            new PurchaseOrderStatus("pending_approval", Known.PENDING_APPROVAL);
    public static final PurchaseOrderStatus OPEN = new PurchaseOrderStatus("open", Known.OPEN);
    public static final PurchaseOrderStatus RETURNED = new PurchaseOrderStatus("returned", Known.RETURNED);
    public static final PurchaseOrderStatus REJECTED = new PurchaseOrderStatus("rejected", Known.REJECTED);
    public static final PurchaseOrderStatus CLOSED = new PurchaseOrderStatus("closed", Known.CLOSED);

    private static final Map<String, PurchaseOrderStatus> KNOWN = index(
            DRAFT, PENDING_APPROVAL, OPEN, RETURNED, REJECTED, CLOSED);

    private PurchaseOrderStatus(String value, Known known) {
        super(value, known, known != Known.UNKNOWN);
    }

    /** The constant for {@code value}, or a new unknown instance holding it. */
    @JsonCreator
    public static PurchaseOrderStatus of(String value) {
        PurchaseOrderStatus known = KNOWN.get(value);
        return known != null ? known : new PurchaseOrderStatus(value, Known.UNKNOWN);
    }

    /**
     * The values of {@link PurchaseOrderStatus} this SDK version knows, as a Java enum to {@code switch} over
     * ({@link PurchaseOrderStatus#known()}); {@link #UNKNOWN} stands for any value Payhawk added later.
     */
    public enum Known {
        /** {@code "draft"}. */
        DRAFT,
        /** {@code "pending_approval"}. */
        PENDING_APPROVAL,
        /** {@code "open"}. */
        OPEN,
        /** {@code "returned"}. */
        RETURNED,
        /** {@code "rejected"}. */
        REJECTED,
        /** {@code "closed"}. */
        CLOSED,
        /** A value this SDK version does not know; {@link PurchaseOrderStatus#value()} has it as sent. */
        UNKNOWN
    }
}
