package io.github.payhawk4j.operation;

import io.github.payhawk4j.model.Page;
import io.github.payhawk4j.model.deposit.Deposit;
import io.github.payhawk4j.query.DepositQuery;
import io.github.payhawk4j.service.AutoPagingIterable;
import io.github.payhawk4j.service.DepositService;
import io.github.payhawk4j.service.RawResponse;
import io.github.payhawk4j.service.RequestOptions;

import java.util.function.Consumer;

/** The blocking {@link DepositService}. */
public final class DepositServiceImpl implements DepositService {

    private final OperationRunner runner;
    private final DepositOperations operations;
    private final WithRawResponse raw = new Raw();

    /** The service of {@code accountId}, sending through {@code runner}. */
    public DepositServiceImpl(OperationRunner runner, String accountId) {
        this(runner, new DepositOperations(runner.transport(), accountId));
    }

    private DepositServiceImpl(OperationRunner runner, DepositOperations operations) {
        this.runner = runner;
        this.operations = operations;
    }

    @Override
    public DepositService withOptions(Consumer<RequestOptions.Builder> options) {
        return new DepositServiceImpl(runner.withOptions(options), operations);
    }

    @Override
    public WithRawResponse withRawResponse() {
        return raw;
    }

    @Override
    public Deposit get(String fundAccountId, String depositId) {
        return runner.value(operations.get(fundAccountId, depositId));
    }

    @Override
    public Page<Deposit> list(String fundAccountId, DepositQuery query) {
        return runner.value(operations.list(fundAccountId, query));
    }

    @Override
    public AutoPagingIterable<Deposit> listAll(String fundAccountId, DepositQuery query) {
        DepositQuery pageQuery = DepositOperations.pageQuery(query);
        return AutoPagingIterable.of(DepositOperations.firstSkip(query), skip -> list(fundAccountId, pageQuery.withSkip(skip)));
    }

    @Override
    public String toString() {
        return "DepositService";
    }

    private final class Raw implements WithRawResponse {

        @Override
        public RawResponse<Deposit> get(String fundAccountId, String depositId) {
            return runner.raw(operations.get(fundAccountId, depositId));
        }

        @Override
        public RawResponse<Page<Deposit>> list(String fundAccountId, DepositQuery query) {
            return runner.raw(operations.list(fundAccountId, query));
        }
    }
}
