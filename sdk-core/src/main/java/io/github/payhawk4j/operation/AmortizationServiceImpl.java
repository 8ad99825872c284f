package io.github.payhawk4j.operation;

import io.github.payhawk4j.model.masterdata.AmortizationRecord;
import io.github.payhawk4j.model.masterdata.NewAmortizationRecord;
import io.github.payhawk4j.service.AmortizationService;
import io.github.payhawk4j.service.RawResponse;
import io.github.payhawk4j.service.RequestOptions;

import java.util.List;
import java.util.function.Consumer;

/** The blocking {@link AmortizationService}. */
public final class AmortizationServiceImpl implements AmortizationService {

    private final OperationRunner runner;
    private final MasterDataListOperations<NewAmortizationRecord, AmortizationRecord> operations;
    private final WithRawResponse raw = new Raw();

    /** The service of {@code accountId}, sending through {@code runner}. */
    public AmortizationServiceImpl(OperationRunner runner, String accountId) {
        this(runner, new MasterDataListOperations<>(runner.transport(), accountId, "/accounts/{accountId}/amortizations", AmortizationRecord.class));
    }

    private AmortizationServiceImpl(OperationRunner runner, MasterDataListOperations<NewAmortizationRecord, AmortizationRecord> operations) {
        this.runner = runner;
        this.operations = operations;
    }

    @Override
    public AmortizationService withOptions(Consumer<RequestOptions.Builder> options) {
        return new AmortizationServiceImpl(runner.withOptions(options), operations);
    }

    @Override
    public WithRawResponse withRawResponse() {
        return raw;
    }

    @Override
    public List<AmortizationRecord> list() {
        return runner.value(operations.list());
    }

    @Override
    public List<AmortizationRecord> replace(List<NewAmortizationRecord> items) {
        return runner.value(operations.replace(items));
    }

    @Override
    public String toString() {
        return "AmortizationService";
    }

    private final class Raw implements WithRawResponse {

        @Override
        public RawResponse<List<AmortizationRecord>> list() {
            return runner.raw(operations.list());
        }

        @Override
        public RawResponse<List<AmortizationRecord>> replace(List<NewAmortizationRecord> items) {
            return runner.raw(operations.replace(items));
        }
    }
}
