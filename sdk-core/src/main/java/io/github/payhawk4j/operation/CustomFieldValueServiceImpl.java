package io.github.payhawk4j.operation;

import io.github.payhawk4j.model.customfield.CustomFieldValue;
import io.github.payhawk4j.model.customfield.CustomFieldValueManager;
import io.github.payhawk4j.model.customfield.CustomFieldValuePatch;
import io.github.payhawk4j.model.customfield.NewCustomFieldValue;
import io.github.payhawk4j.service.CustomFieldValueService;
import io.github.payhawk4j.service.RawResponse;
import io.github.payhawk4j.service.RequestOptions;

import java.util.List;
import java.util.function.Consumer;

/** The blocking {@link CustomFieldValueService}. */
public final class CustomFieldValueServiceImpl implements CustomFieldValueService {

    private final OperationRunner runner;
    private final CustomFieldValueOperations operations;
    private final WithRawResponse raw = new Raw();

    /** The service of the custom field {@code customFieldId} of {@code accountId}, sending through {@code runner}. */
    public CustomFieldValueServiceImpl(OperationRunner runner, String accountId, String customFieldId) {
        this(runner, new CustomFieldValueOperations(runner.transport(), accountId, customFieldId));
    }

    private CustomFieldValueServiceImpl(OperationRunner runner, CustomFieldValueOperations operations) {
        this.runner = runner;
        this.operations = operations;
    }

    @Override
    public CustomFieldValueService withOptions(Consumer<RequestOptions.Builder> options) {
        return new CustomFieldValueServiceImpl(runner.withOptions(options), operations);
    }

    @Override
    public WithRawResponse withRawResponse() {
        return raw;
    }

    @Override
    public List<CustomFieldValue> list() {
        return runner.value(operations.list());
    }

    @Override
    public CustomFieldValue create(NewCustomFieldValue customFieldValue) {
        return runner.value(operations.create(customFieldValue));
    }

    @Override
    public void deleteAll() {
        runner.value(operations.deleteAll());
    }

    @Override
    public CustomFieldValue get(String customFieldValueId) {
        return runner.value(operations.get(customFieldValueId));
    }

    @Override
    public CustomFieldValue update(String customFieldValueId, CustomFieldValuePatch patch) {
        return runner.value(operations.update(customFieldValueId, patch));
    }

    @Override
    public void delete(String customFieldValueId) {
        runner.value(operations.delete(customFieldValueId));
    }

    @Override
    public List<CustomFieldValueManager> listManagers(String customFieldValueId) {
        return runner.value(operations.listManagers(customFieldValueId));
    }

    @Override
    public void addManagers(String customFieldValueId, List<String> userIds) {
        runner.value(operations.addManagers(customFieldValueId, userIds));
    }

    @Override
    public void replaceManagers(String customFieldValueId, List<String> userIds) {
        runner.value(operations.replaceManagers(customFieldValueId, userIds));
    }

    @Override
    public void removeManagers(String customFieldValueId) {
        runner.value(operations.removeManagers(customFieldValueId));
    }

    @Override
    public String toString() {
        return "CustomFieldValueService";
    }

    private final class Raw implements WithRawResponse {

        @Override
        public RawResponse<List<CustomFieldValue>> list() {
            return runner.raw(operations.list());
        }

        @Override
        public RawResponse<CustomFieldValue> create(NewCustomFieldValue customFieldValue) {
            return runner.raw(operations.create(customFieldValue));
        }

        @Override
        public RawResponse<Void> deleteAll() {
            return runner.raw(operations.deleteAll());
        }

        @Override
        public RawResponse<CustomFieldValue> get(String customFieldValueId) {
            return runner.raw(operations.get(customFieldValueId));
        }

        @Override
        public RawResponse<CustomFieldValue> update(String customFieldValueId, CustomFieldValuePatch patch) {
            return runner.raw(operations.update(customFieldValueId, patch));
        }

        @Override
        public RawResponse<Void> delete(String customFieldValueId) {
            return runner.raw(operations.delete(customFieldValueId));
        }

        @Override
        public RawResponse<List<CustomFieldValueManager>> listManagers(String customFieldValueId) {
            return runner.raw(operations.listManagers(customFieldValueId));
        }

        @Override
        public RawResponse<Void> addManagers(String customFieldValueId, List<String> userIds) {
            return runner.raw(operations.addManagers(customFieldValueId, userIds));
        }

        @Override
        public RawResponse<Void> replaceManagers(String customFieldValueId, List<String> userIds) {
            return runner.raw(operations.replaceManagers(customFieldValueId, userIds));
        }

        @Override
        public RawResponse<Void> removeManagers(String customFieldValueId) {
            return runner.raw(operations.removeManagers(customFieldValueId));
        }
    }
}
