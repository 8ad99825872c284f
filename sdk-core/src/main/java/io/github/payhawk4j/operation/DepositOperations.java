package io.github.payhawk4j.operation;

import io.github.payhawk4j.http.ApiRequest;
import io.github.payhawk4j.http.ApiTransport;
import io.github.payhawk4j.http.ResponseReader;
import io.github.payhawk4j.model.Page;
import io.github.payhawk4j.model.deposit.Deposit;
import io.github.payhawk4j.query.DepositQuery;

/** The deposit operations of one account. */
final class DepositOperations {

    private final ApiTransport transport;
    private final String accountId;
    private final ResponseReader<Deposit> deposit;
    private final ResponseReader<Page<Deposit>> depositPage;

    DepositOperations(ApiTransport transport, String accountId) {
        this.transport = transport;
        this.accountId = accountId;
        this.deposit = transport.json(Deposit.class);
        this.depositPage = transport.json(transport.type(Page.class, Deposit.class));
    }

    Operation<Deposit> get(String fundAccountId, String depositId) {
        return new Operation<>(ApiRequest.to("GET", "/accounts/{accountId}/fund-accounts/{fundAccountId}/deposits/{depositId}", accountId,
                fundAccountId, depositId),
                deposit);
    }

    Operation<Page<Deposit>> list(String fundAccountId, DepositQuery query) {
        ApiRequest request = ApiRequest.to("GET", "/accounts/{accountId}/fund-accounts/{fundAccountId}/deposits", accountId,
                fundAccountId);
        request = request.withQuery("$filter", query.filterJsonTree().map(transport::jsonText).orElse(null));
        request = request.withQuery("$skip", query.skip().map(String::valueOf).orElse(null));
        request = request.withQuery("$take", query.take().map(String::valueOf).orElse(null));
        return new Operation<>(request, depositPage);
    }

    /** The query each page of {@code listAll} sends: the caller's, with its {@code take} (default the maximum) as page size. */
    static DepositQuery pageQuery(DepositQuery query) {
        return query.toBuilder().take(query.take().orElse(DepositQuery.MAX_TAKE)).build();
    }

    /** The offset {@code listAll} starts at. */
    static int firstSkip(DepositQuery query) {
        return query.skip().orElse(0);
    }
}
