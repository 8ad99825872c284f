package io.github.payhawk4j.model.supplier;

/**
 * A supplier's bank account; which fields are set depends on the payment scheme ({@code ISupplierBankAccount}).
 *
 * @param paymentScheme the name of the payment scheme
 * @param currency bank account currency (ISO 4217 code)
 * @param accountHolder the name of the account holder
 * @param iban bank account IBAN
 * @param bicSwift bank account SWIFT BIC number
 * @param accountNumber bank account number
 * @param routingNumber bank account routing number
 * @param accountType bank account type
 * @param country account holder address country code
 * @param city account holder address city
 * @param postalCode account holder address postal code
 * @param address account holder address
 */
public record SupplierBankAccount(
        PaymentScheme paymentScheme,
        String currency,
        String accountHolder,
        String iban,
        String bicSwift,
        String accountNumber,
        String routingNumber,
        String accountType,
        String country,
        String city,
        String postalCode,
        String address) {
}
