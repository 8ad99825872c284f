package io.github.payhawk4j.model.purchaseorder;

import io.github.payhawk4j.model.BasicActor;

import java.time.Instant;

/**
 * The last approval decision on a purchase order: depending on the order's status, who approved it or who
 * rejected or returned it ({@code IPurchaseOrder.approvalProcessState}).
 *
 * @param modifiedBy who approved, rejected or returned the purchase order
 * @param date when the purchase order was approved, rejected or returned
 * @param reason why the purchase order was rejected or returned
 */
public record ApprovalProcessState(BasicActor modifiedBy, Instant date, String reason) {
}
