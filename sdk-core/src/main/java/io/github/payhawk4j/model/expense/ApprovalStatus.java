package io.github.payhawk4j.model.expense;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.github.payhawk4j.model.OpenEnum;

import java.util.Map;

/**
 * The approval status of an expense ({@code IExpenseWorkflowStatus.approvalStatus}).
 * Open: unknown values are kept, see {@link OpenEnum}.
 */
public final class ApprovalStatus extends OpenEnum<ApprovalStatus.Known> {

    public static final ApprovalStatus DRAFT = new ApprovalStatus("draft", Known.DRAFT);
    public static final ApprovalStatus PENDING = new ApprovalStatus("pending", Known.PENDING);
    public static final ApprovalStatus APPROVED = new ApprovalStatus("approved", Known.APPROVED);
    public static final ApprovalStatus REJECTED = new ApprovalStatus("rejected", Known.REJECTED);
    public static final ApprovalStatus CANCELLED = new ApprovalStatus("cancelled", Known.CANCELLED);

    private static final Map<String, ApprovalStatus> KNOWN = index(DRAFT, PENDING, APPROVED, REJECTED, CANCELLED);

    private ApprovalStatus(String value, Known known) {
        super(value, known, known != Known.UNKNOWN);
    }

    /** The constant for {@code value}, or a new unknown instance holding it. */
    @JsonCreator
    public static ApprovalStatus of(String value) {
        ApprovalStatus known = KNOWN.get(value);
        return known != null ? known : new ApprovalStatus(value, Known.UNKNOWN);
    }

    /**
     * The values of {@link ApprovalStatus} this SDK version knows, as a Java enum to {@code switch} over
     * ({@link ApprovalStatus#known()}); {@link #UNKNOWN} stands for any value Payhawk added later.
     */
    public enum Known {
        /** {@code "draft"}. */
        DRAFT,
        /** {@code "pending"}. */
        PENDING,
        /** {@code "approved"}. */
        APPROVED,
        /** {@code "rejected"}. */
        REJECTED,
        /** {@code "cancelled"}. */
        CANCELLED,
        /** A value this SDK version does not know; {@link ApprovalStatus#value()} has it as sent. */
        UNKNOWN
    }
}
