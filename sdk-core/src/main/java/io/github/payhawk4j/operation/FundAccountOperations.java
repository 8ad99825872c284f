package io.github.payhawk4j.operation;

import io.github.payhawk4j.http.ApiRequest;
import io.github.payhawk4j.http.ApiTransport;
import io.github.payhawk4j.http.ResponseReader;
import io.github.payhawk4j.model.Page;
import io.github.payhawk4j.model.fundaccount.BankStatement;
import io.github.payhawk4j.model.fundaccount.BankStatementLine;
import io.github.payhawk4j.model.fundaccount.FundAccount;
import io.github.payhawk4j.query.BankStatementQuery;

import java.util.List;

/** The fund account operations of one account, each defined once for the blocking and the async services. */
final class FundAccountOperations {

    private final ApiTransport transport;
    private final String accountId;
    private final ResponseReader<FundAccount> fundAccount;
    private final ResponseReader<List<FundAccount>> fundAccountList;
    private final ResponseReader<BankStatement> bankStatement;

    FundAccountOperations(ApiTransport transport, String accountId) {
        this.transport = transport;
        this.accountId = accountId;
        this.fundAccount = transport.json(FundAccount.class);
        this.fundAccountList = transport.unpagedList(FundAccount.class);
        this.bankStatement = transport.json(BankStatement.class);
    }

    Operation<List<FundAccount>> list() {
        return new Operation<>(ApiRequest.to("GET", "/accounts/{accountId}/fund-accounts", accountId), fundAccountList);
    }

    Operation<FundAccount> get(String fundAccountId) {
        return new Operation<>(ApiRequest.to("GET", "/accounts/{accountId}/fund-accounts/{fundAccountId}", accountId,
                fundAccountId), fundAccount);
    }

    Operation<BankStatement> bankStatement(String fundAccountId, BankStatementQuery query) {
        ApiRequest request = ApiRequest.to("GET", "/accounts/{accountId}/fund-accounts/{fundAccountId}/bank-statement",
                accountId, fundAccountId);
        request = request.withQuery("$filter", query.filterJsonTree().map(transport::jsonText).orElse(null));
        request = request.withQuery("$orderBy", query.orderBy().map(o -> transport.jsonText(o.toJsonTree())).orElse(null));
        request = request.withQuery("$skip", query.skip().map(String::valueOf).orElse(null));
        request = request.withQuery("$take", query.take().map(String::valueOf).orElse(null));
        return new Operation<>(request, bankStatement);
    }

    /** The query each page of {@code bankStatementAll} sends: the caller's, with its {@code take} (default the maximum) as page size. */
    static BankStatementQuery pageQuery(BankStatementQuery query) {
        return query.toBuilder().take(query.take().orElse(BankStatementQuery.MAX_TAKE)).build();
    }

    /** The offset {@code bankStatementAll} starts at. */
    static int firstSkip(BankStatementQuery query) {
        return query.skip().orElse(0);
    }

    /** A bank statement page as the pager walks it: its lines out of its total. */
    static Page<BankStatementLine> toPage(BankStatement statement) {
        return Page.of(statement.lines(), statement.total());
    }
}
