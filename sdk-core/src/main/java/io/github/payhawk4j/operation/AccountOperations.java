package io.github.payhawk4j.operation;

import io.github.payhawk4j.http.ApiRequest;
import io.github.payhawk4j.http.ApiTransport;
import io.github.payhawk4j.http.ResponseReader;
import io.github.payhawk4j.model.account.Account;

import java.util.List;

/** The account operations: not inside one account's scope, since they list and read the accounts themselves. */
final class AccountOperations {

    private final ResponseReader<Account> account;
    private final ResponseReader<List<Account>> accountList;

    AccountOperations(ApiTransport transport) {
        this.account = transport.json(Account.class);
        this.accountList = transport.unpagedList(Account.class);
    }

    Operation<List<Account>> list() {
        return new Operation<>(ApiRequest.to("GET", "/accounts"), accountList);
    }

    Operation<Account> get(String accountId) {
        return new Operation<>(ApiRequest.to("GET", "/accounts/{accountId}", accountId), account);
    }
}
