package io.github.payhawk4j.service;

import io.github.payhawk4j.http.ApiRequest;
import io.github.payhawk4j.http.ApiTransport;
import io.github.payhawk4j.http.ResponseReader;
import io.github.payhawk4j.model.deposit.Deposit;

import java.util.concurrent.CompletableFuture;

/** Deposits into the fund accounts of one account, e.g. after a {@code deposit.received} event. Thread-safe. */
public final class DepositService {

    private final ApiTransport transport;
    private final String accountId;
    private final ResponseReader<Deposit> deposit;

    /** Creates the service for {@code accountId}; the client does this for you. */
    public DepositService(ApiTransport transport, String accountId) {
        this.transport = transport;
        this.accountId = accountId;
        this.deposit = transport.json(Deposit.class);
    }

    /** The deposit {@code depositId} into fund account {@code fundAccountId}. */
    public Deposit get(String fundAccountId, String depositId) {
        return transport.call(request(fundAccountId, depositId), deposit);
    }

    /** Async twin of {@link #get}. */
    public CompletableFuture<Deposit> getAsync(String fundAccountId, String depositId) {
        return transport.callAsync(request(fundAccountId, depositId), deposit);
    }

    private ApiRequest request(String fundAccountId, String depositId) {
        return ApiRequest.of("GET", "accounts", accountId, "fund-accounts", fundAccountId, "deposits", depositId);
    }
}
