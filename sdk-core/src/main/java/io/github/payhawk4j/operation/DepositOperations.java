package io.github.payhawk4j.operation;

import io.github.payhawk4j.http.ApiRequest;
import io.github.payhawk4j.http.ApiTransport;
import io.github.payhawk4j.http.ResponseReader;
import io.github.payhawk4j.model.deposit.Deposit;

/** The deposit operations of one account. */
final class DepositOperations {

    private final String accountId;
    private final ResponseReader<Deposit> deposit;

    DepositOperations(ApiTransport transport, String accountId) {
        this.accountId = accountId;
        this.deposit = transport.json(Deposit.class);
    }

    Operation<Deposit> get(String fundAccountId, String depositId) {
        return new Operation<>(ApiRequest.to("GET", "/accounts/{accountId}/fund-accounts/{fundAccountId}/deposits/{depositId}", accountId,
                fundAccountId, depositId),
                deposit);
    }
}
