package io.github.payhawk4j.operation;

import io.github.payhawk4j.model.customfield.CustomFieldValue;
import io.github.payhawk4j.model.customfield.CustomFieldValueManager;
import io.github.payhawk4j.model.customfield.CustomFieldValuePatch;
import io.github.payhawk4j.model.customfield.NewCustomFieldValue;
import io.github.payhawk4j.service.RawResponse;
import io.github.payhawk4j.service.RequestOptions;
import io.github.payhawk4j.service.async.CustomFieldValueServiceAsync;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/** The {@link CustomFieldValueServiceAsync}: the same operations as the blocking service, sent without blocking. */
public final class CustomFieldValueServiceAsyncImpl implements CustomFieldValueServiceAsync {

    private final OperationRunner runner;
    private final CustomFieldValueOperations operations;
    private final WithRawResponse raw = new Raw();

    /** The service of the custom field {@code customFieldId} of {@code accountId}, sending through {@code runner}. */
    public CustomFieldValueServiceAsyncImpl(OperationRunner runner, String accountId, String customFieldId) {
        this(runner, new CustomFieldValueOperations(runner.transport(), accountId, customFieldId));
    }

    private CustomFieldValueServiceAsyncImpl(OperationRunner runner, CustomFieldValueOperations operations) {
        this.runner = runner;
        this.operations = operations;
    }

    @Override
    public CustomFieldValueServiceAsync withOptions(Consumer<RequestOptions.Builder> options) {
        return new CustomFieldValueServiceAsyncImpl(runner.withOptions(options), operations);
    }

    @Override
    public WithRawResponse withRawResponse() {
        return raw;
    }

    @Override
    public CompletableFuture<List<CustomFieldValue>> list() {
        return runner.valueAsync(() -> operations.list());
    }

    @Override
    public CompletableFuture<CustomFieldValue> create(NewCustomFieldValue customFieldValue) {
        return runner.valueAsync(() -> operations.create(customFieldValue));
    }

    @Override
    public CompletableFuture<Void> deleteAll() {
        return runner.valueAsync(() -> operations.deleteAll());
    }

    @Override
    public CompletableFuture<CustomFieldValue> get(String customFieldValueId) {
        return runner.valueAsync(() -> operations.get(customFieldValueId));
    }

    @Override
    public CompletableFuture<CustomFieldValue> update(String customFieldValueId, CustomFieldValuePatch patch) {
        return runner.valueAsync(() -> operations.update(customFieldValueId, patch));
    }

    @Override
    public CompletableFuture<Void> delete(String customFieldValueId) {
        return runner.valueAsync(() -> operations.delete(customFieldValueId));
    }

    @Override
    public CompletableFuture<List<CustomFieldValueManager>> listManagers(String customFieldValueId) {
        return runner.valueAsync(() -> operations.listManagers(customFieldValueId));
    }

    @Override
    public CompletableFuture<Void> addManagers(String customFieldValueId, List<String> userIds) {
        return runner.valueAsync(() -> operations.addManagers(customFieldValueId, userIds));
    }

    @Override
    public CompletableFuture<Void> replaceManagers(String customFieldValueId, List<String> userIds) {
        return runner.valueAsync(() -> operations.replaceManagers(customFieldValueId, userIds));
    }

    @Override
    public CompletableFuture<Void> removeManagers(String customFieldValueId) {
        return runner.valueAsync(() -> operations.removeManagers(customFieldValueId));
    }

    @Override
    public String toString() {
        return "CustomFieldValueServiceAsync";
    }

    private final class Raw implements WithRawResponse {

        @Override
        public CompletableFuture<RawResponse<List<CustomFieldValue>>> list() {
            return runner.rawAsync(() -> operations.list());
        }

        @Override
        public CompletableFuture<RawResponse<CustomFieldValue>> create(NewCustomFieldValue customFieldValue) {
            return runner.rawAsync(() -> operations.create(customFieldValue));
        }

        @Override
        public CompletableFuture<RawResponse<Void>> deleteAll() {
            return runner.rawAsync(() -> operations.deleteAll());
        }

        @Override
        public CompletableFuture<RawResponse<CustomFieldValue>> get(String customFieldValueId) {
            return runner.rawAsync(() -> operations.get(customFieldValueId));
        }

        @Override
        public CompletableFuture<RawResponse<CustomFieldValue>> update(String customFieldValueId, CustomFieldValuePatch patch) {
            return runner.rawAsync(() -> operations.update(customFieldValueId, patch));
        }

        @Override
        public CompletableFuture<RawResponse<Void>> delete(String customFieldValueId) {
            return runner.rawAsync(() -> operations.delete(customFieldValueId));
        }

        @Override
        public CompletableFuture<RawResponse<List<CustomFieldValueManager>>> listManagers(String customFieldValueId) {
            return runner.rawAsync(() -> operations.listManagers(customFieldValueId));
        }

        @Override
        public CompletableFuture<RawResponse<Void>> addManagers(String customFieldValueId, List<String> userIds) {
            return runner.rawAsync(() -> operations.addManagers(customFieldValueId, userIds));
        }

        @Override
        public CompletableFuture<RawResponse<Void>> replaceManagers(String customFieldValueId, List<String> userIds) {
            return runner.rawAsync(() -> operations.replaceManagers(customFieldValueId, userIds));
        }

        @Override
        public CompletableFuture<RawResponse<Void>> removeManagers(String customFieldValueId) {
            return runner.rawAsync(() -> operations.removeManagers(customFieldValueId));
        }
    }
}
