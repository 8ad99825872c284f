package io.github.payhawk4j.model.expense;

import io.github.payhawk4j.model.supplier.SupplierBankAccount;
import io.github.payhawk4j.model.supplier.SupplierCustomFieldData;
import io.github.payhawk4j.model.supplier.SupplierStatus;

import java.util.List;

/**
 * Everything known about the supplier of an expense ({@code IExpenseSupplier}).
 *
 * @param taxId tax ID of the supplier company
 * @param countryCode short code of supplier's country
 * @param externalId supplier's ID in the external system
 * @param address address of the supplier company
 * @param uic unified identification code of the supplier company
 * @param vat tax number of the supplier company
 * @param contactName contact name for the supplier
 * @param contactEmail contact email for the supplier
 * @param contactPhone contact phone of the supplier
 * @param bankAccounts the supplier's bank accounts; Payhawk currently supports one per supplier
 * @param externalSource identifier of the external system the supplier originates from
 * @param customFields the supplier's custom fields
 * @param status the supplier's current status
 * @param id unique identifier of the supplier
 * @param name name of the supplier company
 */
public record ExpenseSupplier(
        String taxId,
        String countryCode,
        String externalId,
        String address,
        String uic,
        String vat,
        String contactName,
        String contactEmail,
        String contactPhone,
        List<SupplierBankAccount> bankAccounts,
        String externalSource,
        List<SupplierCustomFieldData> customFields,
        SupplierStatus status,
        String id,
        String name) {

    /** Copies the lists, so the record stays immutable; an absent list becomes empty. */
    public ExpenseSupplier {
        bankAccounts = bankAccounts == null ? List.of() : List.copyOf(bankAccounts);
        customFields = customFields == null ? List.of() : List.copyOf(customFields);
    }
}
