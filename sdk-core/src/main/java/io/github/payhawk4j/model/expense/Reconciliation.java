package io.github.payhawk4j.model.expense;

import io.github.payhawk4j.model.CustomFieldData;

import java.math.BigDecimal;
import java.util.List;

/**
 * The amounts, currencies, exchange rates and custom fields an expense or line item is reconciled with
 * ({@code IReconciliation}).
 *
 * @param totalAmount total amount in the paid currency
 * @param taxAmount tax amount in the paid currency
 * @param currency the paid currency (ISO 4217 code)
 * @param baseTotalAmount total amount in base currency calculated against the official exchange rate
 * @param baseTaxAmount tax amount in base currency calculated against the official exchange rate
 * @param baseCurrency base currency in which expenses are reported (ISO 4217 code)
 * @param customFields the custom fields and their values
 * @param accountCode account code
 * @param fxRate exchange rate to Payhawk base currency
 * @param fxRateToPaymentCurrency exchange rate to payment currency, if different than expense currency
 */
public record Reconciliation(
        BigDecimal totalAmount,
        BigDecimal taxAmount,
        String currency,
        BigDecimal baseTotalAmount,
        BigDecimal baseTaxAmount,
        String baseCurrency,
        List<CustomFieldData> customFields,
        String accountCode,
        BigDecimal fxRate,
        BigDecimal fxRateToPaymentCurrency) {

    /** Copies the lists, so the record stays immutable; an absent list becomes empty. */
    public Reconciliation {
        customFields = customFields == null ? List.of() : List.copyOf(customFields);
    }
}
