package io.github.payhawk4j.model.expense;

import io.github.payhawk4j.model.Actor;

import java.time.Instant;

/**
 * Where an expense stands in its approval workflow ({@code IExpenseWorkflowStatus}).
 *
 * @param approvalStatus approval status of the expense
 * @param approvedAt date the expense was last approved
 * @param approvedBy who last approved the expense, if anyone
 * @param reviewedAt date the expense was last reviewed
 * @param reviewedBy who last reviewed the expense, if anyone
 */
public record ExpenseWorkflowStatus(
        ApprovalStatus approvalStatus,
        Instant approvedAt,
        Actor approvedBy,
        Instant reviewedAt,
        Actor reviewedBy) {
}
