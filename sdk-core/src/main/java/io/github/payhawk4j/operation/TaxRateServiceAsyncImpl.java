package io.github.payhawk4j.operation;

import io.github.payhawk4j.model.masterdata.NewTaxRate;
import io.github.payhawk4j.model.masterdata.TaxRate;
import io.github.payhawk4j.service.RawResponse;
import io.github.payhawk4j.service.RequestOptions;
import io.github.payhawk4j.service.async.TaxRateServiceAsync;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/** The {@link TaxRateServiceAsync}: the same operations as the blocking service, sent without blocking. */
public final class TaxRateServiceAsyncImpl implements TaxRateServiceAsync {

    private final OperationRunner runner;
    private final MasterDataListOperations<NewTaxRate, TaxRate> operations;
    private final WithRawResponse raw = new Raw();

    /** The service of {@code accountId}, sending through {@code runner}. */
    public TaxRateServiceAsyncImpl(OperationRunner runner, String accountId) {
        this(runner, new MasterDataListOperations<>(runner.transport(), accountId, "/accounts/{accountId}/tax-rates", TaxRate.class));
    }

    private TaxRateServiceAsyncImpl(OperationRunner runner, MasterDataListOperations<NewTaxRate, TaxRate> operations) {
        this.runner = runner;
        this.operations = operations;
    }

    @Override
    public TaxRateServiceAsync withOptions(Consumer<RequestOptions.Builder> options) {
        return new TaxRateServiceAsyncImpl(runner.withOptions(options), operations);
    }

    @Override
    public WithRawResponse withRawResponse() {
        return raw;
    }

    @Override
    public CompletableFuture<List<TaxRate>> list() {
        return runner.valueAsync(() -> operations.list());
    }

    @Override
    public CompletableFuture<List<TaxRate>> replace(List<NewTaxRate> items) {
        return runner.valueAsync(() -> operations.replace(items));
    }

    @Override
    public String toString() {
        return "TaxRateServiceAsync";
    }

    private final class Raw implements WithRawResponse {

        @Override
        public CompletableFuture<RawResponse<List<TaxRate>>> list() {
            return runner.rawAsync(() -> operations.list());
        }

        @Override
        public CompletableFuture<RawResponse<List<TaxRate>>> replace(List<NewTaxRate> items) {
            return runner.rawAsync(() -> operations.replace(items));
        }
    }
}
