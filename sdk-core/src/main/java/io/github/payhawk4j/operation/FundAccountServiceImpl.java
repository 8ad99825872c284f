package io.github.payhawk4j.operation;

import io.github.payhawk4j.model.fundaccount.BankStatement;
import io.github.payhawk4j.model.fundaccount.BankStatementLine;
import io.github.payhawk4j.model.fundaccount.FundAccount;
import io.github.payhawk4j.query.BankStatementQuery;
import io.github.payhawk4j.service.AutoPagingIterable;
import io.github.payhawk4j.service.FundAccountService;
import io.github.payhawk4j.service.RawResponse;
import io.github.payhawk4j.service.RequestOptions;

import java.util.List;
import java.util.function.Consumer;

/** The blocking {@link FundAccountService}. */
public final class FundAccountServiceImpl implements FundAccountService {

    private final OperationRunner runner;
    private final FundAccountOperations operations;
    private final WithRawResponse raw = new Raw();

    /** The service of {@code accountId}, sending through {@code runner}. */
    public FundAccountServiceImpl(OperationRunner runner, String accountId) {
        this(runner, new FundAccountOperations(runner.transport(), accountId));
    }

    private FundAccountServiceImpl(OperationRunner runner, FundAccountOperations operations) {
        this.runner = runner;
        this.operations = operations;
    }

    @Override
    public FundAccountService withOptions(Consumer<RequestOptions.Builder> options) {
        return new FundAccountServiceImpl(runner.withOptions(options), operations);
    }

    @Override
    public WithRawResponse withRawResponse() {
        return raw;
    }

    @Override
    public List<FundAccount> list() {
        return runner.value(operations.list());
    }

    @Override
    public FundAccount get(String fundAccountId) {
        return runner.value(operations.get(fundAccountId));
    }

    @Override
    public BankStatement bankStatement(String fundAccountId, BankStatementQuery query) {
        return runner.value(operations.bankStatement(fundAccountId, query));
    }

    @Override
    public AutoPagingIterable<BankStatementLine> bankStatementAll(String fundAccountId, BankStatementQuery query) {
        BankStatementQuery pageQuery = FundAccountOperations.pageQuery(query);
        return AutoPagingIterable.of(FundAccountOperations.firstSkip(query), skip -> FundAccountOperations.toPage(bankStatement(fundAccountId, pageQuery.withSkip(skip))));
    }

    @Override
    public String toString() {
        return "FundAccountService";
    }

    private final class Raw implements WithRawResponse {

        @Override
        public RawResponse<List<FundAccount>> list() {
            return runner.raw(operations.list());
        }

        @Override
        public RawResponse<FundAccount> get(String fundAccountId) {
            return runner.raw(operations.get(fundAccountId));
        }

        @Override
        public RawResponse<BankStatement> bankStatement(String fundAccountId, BankStatementQuery query) {
            return runner.raw(operations.bankStatement(fundAccountId, query));
        }
    }
}
