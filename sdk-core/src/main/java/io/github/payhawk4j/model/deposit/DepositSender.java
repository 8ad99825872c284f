package io.github.payhawk4j.model.deposit;

/**
 * Who sent a fund account deposit ({@code IDepositSender}).
 *
 * @param name name of the sender
 * @param iban IBAN of the sender
 * @param accountNumber account identifier of the sender
 * @param swiftCode swift code of sender's bank
 * @param sortCode sort code of sender's bank
 */
public record DepositSender(
        String name,
        String iban,
        String accountNumber,
        String swiftCode,
        String sortCode) {
}
