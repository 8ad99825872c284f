package io.github.payhawk4j.model.purchaseorder;

import io.github.payhawk4j.model.CustomFieldData;
import io.github.payhawk4j.model.ObjectReference;
import io.github.payhawk4j.model.expense.Amortization;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * One item of a purchase order ({@code IPurchaseOrderItem}).
 *
 * @param description user-friendly description of the purchase order item
 * @param units unit of the purchase order item
 * @param purchasedQuantity quantity of the purchase order item
 * @param unitPrice price of the purchase order item unit
 * @param expenseCategory the expense category of the item, if set
 * @param expenseCustomFields custom fields of the purchase order item
 * @param amortization the amortization period of the item, if amortized
 * @param id unique identifier of the purchase order item
 * @param createdAt date the purchase order item was created
 * @param totalPurchasedAmount total amount of the purchase order item
 * @param quantityStatus status of the purchase order item quantity
 * @param receivedQuantity the quantity received so far, summed over all receipt notes
 * @param type type of the purchase order item
 */
public record PurchaseOrderItem(
        String description,
        PurchaseOrderUnit units,
        BigDecimal purchasedQuantity,
        BigDecimal unitPrice,
        ObjectReference expenseCategory,
        List<CustomFieldData> expenseCustomFields,
        Amortization amortization,
        String id,
        Instant createdAt,
        BigDecimal totalPurchasedAmount,
        QuantityStatus quantityStatus,
        BigDecimal receivedQuantity,
        PurchaseOrderType type) {

    /** Copies the lists, so the record stays immutable; an absent list becomes empty. */
    public PurchaseOrderItem {
        expenseCustomFields = expenseCustomFields == null ? List.of() : List.copyOf(expenseCustomFields);
    }
}
