package io.github.payhawk4j.model.deposit;

import io.github.payhawk4j.model.FundAccountType;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A deposit into a fund account ({@code IDeposit}).
 *
 * @param id unique identifier of the deposit
 * @param amount amount of the deposit
 * @param currency currency of the deposit (ISO 4217 code)
 * @param fundAccountId identifier of the fund account for the deposit
 * @param fundAccountType type of the fund account for the deposit
 * @param date date of the deposit
 * @param description description of the deposit
 * @param sender who sent the deposit, if known
 */
public record Deposit(
        String id,
        BigDecimal amount,
        String currency,
        String fundAccountId,
        FundAccountType fundAccountType,
        Instant date,
        String description,
        DepositSender sender) {
}
