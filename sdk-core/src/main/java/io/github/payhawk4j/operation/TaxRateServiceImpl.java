package io.github.payhawk4j.operation;

import io.github.payhawk4j.model.masterdata.NewTaxRate;
import io.github.payhawk4j.model.masterdata.TaxRate;
import io.github.payhawk4j.service.RawResponse;
import io.github.payhawk4j.service.RequestOptions;
import io.github.payhawk4j.service.TaxRateService;

import java.util.List;
import java.util.function.Consumer;

/** The blocking {@link TaxRateService}. */
public final class TaxRateServiceImpl implements TaxRateService {

    private final OperationRunner runner;
    private final MasterDataListOperations<NewTaxRate, TaxRate> operations;
    private final WithRawResponse raw = new Raw();

    /** The service of {@code accountId}, sending through {@code runner}. */
    public TaxRateServiceImpl(OperationRunner runner, String accountId) {
        this(runner, new MasterDataListOperations<>(runner.transport(), accountId, "/accounts/{accountId}/tax-rates", TaxRate.class));
    }

    private TaxRateServiceImpl(OperationRunner runner, MasterDataListOperations<NewTaxRate, TaxRate> operations) {
        this.runner = runner;
        this.operations = operations;
    }

    @Override
    public TaxRateService withOptions(Consumer<RequestOptions.Builder> options) {
        return new TaxRateServiceImpl(runner.withOptions(options), operations);
    }

    @Override
    public WithRawResponse withRawResponse() {
        return raw;
    }

    @Override
    public List<TaxRate> list() {
        return runner.value(operations.list());
    }

    @Override
    public List<TaxRate> replace(List<NewTaxRate> items) {
        return runner.value(operations.replace(items));
    }

    @Override
    public String toString() {
        return "TaxRateService";
    }

    private final class Raw implements WithRawResponse {

        @Override
        public RawResponse<List<TaxRate>> list() {
            return runner.raw(operations.list());
        }

        @Override
        public RawResponse<List<TaxRate>> replace(List<NewTaxRate> items) {
            return runner.raw(operations.replace(items));
        }
    }
}
