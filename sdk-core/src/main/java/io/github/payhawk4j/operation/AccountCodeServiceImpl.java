package io.github.payhawk4j.operation;

import io.github.payhawk4j.model.masterdata.AccountCode;
import io.github.payhawk4j.model.masterdata.NewAccountCode;
import io.github.payhawk4j.service.AccountCodeService;
import io.github.payhawk4j.service.RawResponse;
import io.github.payhawk4j.service.RequestOptions;

import java.util.List;
import java.util.function.Consumer;

/** The blocking {@link AccountCodeService}. */
public final class AccountCodeServiceImpl implements AccountCodeService {

    private final OperationRunner runner;
    private final MasterDataListOperations<NewAccountCode, AccountCode> operations;
    private final WithRawResponse raw = new Raw();

    /** The service of {@code accountId}, sending through {@code runner}. */
    public AccountCodeServiceImpl(OperationRunner runner, String accountId) {
        this(runner, new MasterDataListOperations<>(runner.transport(), accountId, "/accounts/{accountId}/account-codes", AccountCode.class));
    }

    private AccountCodeServiceImpl(OperationRunner runner, MasterDataListOperations<NewAccountCode, AccountCode> operations) {
        this.runner = runner;
        this.operations = operations;
    }

    @Override
    public AccountCodeService withOptions(Consumer<RequestOptions.Builder> options) {
        return new AccountCodeServiceImpl(runner.withOptions(options), operations);
    }

    @Override
    public WithRawResponse withRawResponse() {
        return raw;
    }

    @Override
    public List<AccountCode> list() {
        return runner.value(operations.list());
    }

    @Override
    public List<AccountCode> replace(List<NewAccountCode> items) {
        return runner.value(operations.replace(items));
    }

    @Override
    public String toString() {
        return "AccountCodeService";
    }

    private final class Raw implements WithRawResponse {

        @Override
        public RawResponse<List<AccountCode>> list() {
            return runner.raw(operations.list());
        }

        @Override
        public RawResponse<List<AccountCode>> replace(List<NewAccountCode> items) {
            return runner.raw(operations.replace(items));
        }
    }
}
