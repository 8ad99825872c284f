package io.github.payhawk4j.model.supplier;

import java.util.List;

/**
 * A supplier of the account ({@code ISupplier}).
 *
 * @param name name of the supplier company
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
 * @param id unique identifier of the supplier
 * @param customFields the supplier's custom fields
 * @param status the supplier's current status
 */
public record Supplier(
        String name,
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
        String id,
        List<SupplierCustomFieldData> customFields,
        SupplierStatus status) {

    /** Copies the lists, so the record stays immutable; an absent list becomes empty. */
    public Supplier {
        bankAccounts = bankAccounts == null ? List.of() : List.copyOf(bankAccounts);
        customFields = customFields == null ? List.of() : List.copyOf(customFields);
    }
}
