package io.github.payhawk4j.operation;

import io.github.payhawk4j.model.customfield.CustomField;
import io.github.payhawk4j.model.customfield.NewCustomField;
import io.github.payhawk4j.service.RawResponse;
import io.github.payhawk4j.service.RequestOptions;
import io.github.payhawk4j.service.async.CustomFieldServiceAsync;
import io.github.payhawk4j.service.async.CustomFieldValueServiceAsync;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/** The {@link CustomFieldServiceAsync}: the same operations as the blocking service, sent without blocking. */
public final class CustomFieldServiceAsyncImpl implements CustomFieldServiceAsync {

    private final OperationRunner runner;
    private final CustomFieldOperations operations;
    private final WithRawResponse raw = new Raw();

    /** The service of {@code accountId}, sending through {@code runner}. */
    public CustomFieldServiceAsyncImpl(OperationRunner runner, String accountId) {
        this(runner, new CustomFieldOperations(runner.transport(), accountId));
    }

    private CustomFieldServiceAsyncImpl(OperationRunner runner, CustomFieldOperations operations) {
        this.runner = runner;
        this.operations = operations;
    }

    @Override
    public CustomFieldServiceAsync withOptions(Consumer<RequestOptions.Builder> options) {
        return new CustomFieldServiceAsyncImpl(runner.withOptions(options), operations);
    }

    @Override
    public WithRawResponse withRawResponse() {
        return raw;
    }

    @Override
    public CompletableFuture<List<CustomField>> list() {
        return runner.valueAsync(() -> operations.list());
    }

    @Override
    public CompletableFuture<CustomField> create(NewCustomField customField) {
        return runner.valueAsync(() -> operations.create(customField));
    }

    @Override
    public CompletableFuture<CustomField> get(String customFieldId) {
        return runner.valueAsync(() -> operations.get(customFieldId));
    }

    @Override
    public CompletableFuture<CustomField> update(String customFieldId, NewCustomField customField) {
        return runner.valueAsync(() -> operations.update(customFieldId, customField));
    }

    @Override
    public CompletableFuture<Void> delete(String customFieldId) {
        return runner.valueAsync(() -> operations.delete(customFieldId));
    }

    @Override
    public CustomFieldValueServiceAsync values(String customFieldId) {
        return new CustomFieldValueServiceAsyncImpl(runner, operations.accountId(), customFieldId);
    }

    @Override
    public String toString() {
        return "CustomFieldServiceAsync";
    }

    private final class Raw implements WithRawResponse {

        @Override
        public CompletableFuture<RawResponse<List<CustomField>>> list() {
            return runner.rawAsync(() -> operations.list());
        }

        @Override
        public CompletableFuture<RawResponse<CustomField>> create(NewCustomField customField) {
            return runner.rawAsync(() -> operations.create(customField));
        }

        @Override
        public CompletableFuture<RawResponse<CustomField>> get(String customFieldId) {
            return runner.rawAsync(() -> operations.get(customFieldId));
        }

        @Override
        public CompletableFuture<RawResponse<CustomField>> update(String customFieldId, NewCustomField customField) {
            return runner.rawAsync(() -> operations.update(customFieldId, customField));
        }

        @Override
        public CompletableFuture<RawResponse<Void>> delete(String customFieldId) {
            return runner.rawAsync(() -> operations.delete(customFieldId));
        }
    }
}
