package io.github.payhawk4j.operation;

import io.github.payhawk4j.model.masterdata.AmortizationRecord;
import io.github.payhawk4j.model.masterdata.NewAmortizationRecord;
import io.github.payhawk4j.service.RawResponse;
import io.github.payhawk4j.service.RequestOptions;
import io.github.payhawk4j.service.async.AmortizationServiceAsync;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/** The {@link AmortizationServiceAsync}: the same operations as the blocking service, sent without blocking. */
public final class AmortizationServiceAsyncImpl implements AmortizationServiceAsync {

    private final OperationRunner runner;
    private final MasterDataListOperations<NewAmortizationRecord, AmortizationRecord> operations;
    private final WithRawResponse raw = new Raw();

    /** The service of {@code accountId}, sending through {@code runner}. */
    public AmortizationServiceAsyncImpl(OperationRunner runner, String accountId) {
        this(runner, new MasterDataListOperations<>(runner.transport(), accountId, "/accounts/{accountId}/amortizations", AmortizationRecord.class));
    }

    private AmortizationServiceAsyncImpl(OperationRunner runner, MasterDataListOperations<NewAmortizationRecord, AmortizationRecord> operations) {
        this.runner = runner;
        this.operations = operations;
    }

    @Override
    public AmortizationServiceAsync withOptions(Consumer<RequestOptions.Builder> options) {
        return new AmortizationServiceAsyncImpl(runner.withOptions(options), operations);
    }

    @Override
    public WithRawResponse withRawResponse() {
        return raw;
    }

    @Override
    public CompletableFuture<List<AmortizationRecord>> list() {
        return runner.valueAsync(() -> operations.list());
    }

    @Override
    public CompletableFuture<List<AmortizationRecord>> replace(List<NewAmortizationRecord> items) {
        return runner.valueAsync(() -> operations.replace(items));
    }

    @Override
    public String toString() {
        return "AmortizationServiceAsync";
    }

    private final class Raw implements WithRawResponse {

        @Override
        public CompletableFuture<RawResponse<List<AmortizationRecord>>> list() {
            return runner.rawAsync(() -> operations.list());
        }

        @Override
        public CompletableFuture<RawResponse<List<AmortizationRecord>>> replace(List<NewAmortizationRecord> items) {
            return runner.rawAsync(() -> operations.replace(items));
        }
    }
}
