package io.github.payhawk4j.model.expense;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.github.payhawk4j.model.OpenEnum;

import java.util.Map;

/**
 * The approval status of an expense ({@code IExpenseWorkflowStatus.approvalStatus}).
 * Open: unknown values are kept, see {@link OpenEnum}.
 */
public final class ApprovalStatus extends OpenEnum {

    public static final ApprovalStatus DRAFT = new ApprovalStatus("draft", true);
    public static final ApprovalStatus PENDING = new ApprovalStatus("pending", true);
    public static final ApprovalStatus APPROVED = new ApprovalStatus("approved", true);
    public static final ApprovalStatus REJECTED = new ApprovalStatus("rejected", true);
    public static final ApprovalStatus CANCELLED = new ApprovalStatus("cancelled", true);

    private static final Map<String, ApprovalStatus> KNOWN = index(DRAFT, PENDING, APPROVED, REJECTED, CANCELLED);

    private ApprovalStatus(String value, boolean known) {
        super(value, known);
    }

    /** The constant for {@code value}, or a new unknown instance holding it. */
    @JsonCreator
    public static ApprovalStatus of(String value) {
        ApprovalStatus known = KNOWN.get(value);
        return known != null ? known : new ApprovalStatus(value, false);
    }
}
