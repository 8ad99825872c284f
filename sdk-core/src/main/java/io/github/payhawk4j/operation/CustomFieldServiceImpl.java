package io.github.payhawk4j.operation;

import io.github.payhawk4j.model.customfield.CustomField;
import io.github.payhawk4j.model.customfield.NewCustomField;
import io.github.payhawk4j.service.CustomFieldService;
import io.github.payhawk4j.service.CustomFieldValueService;
import io.github.payhawk4j.service.RawResponse;
import io.github.payhawk4j.service.RequestOptions;

import java.util.List;
import java.util.function.Consumer;

/** The blocking {@link CustomFieldService}. */
public final class CustomFieldServiceImpl implements CustomFieldService {

    private final OperationRunner runner;
    private final CustomFieldOperations operations;
    private final WithRawResponse raw = new Raw();

    /** The service of {@code accountId}, sending through {@code runner}. */
    public CustomFieldServiceImpl(OperationRunner runner, String accountId) {
        this(runner, new CustomFieldOperations(runner.transport(), accountId));
    }

    private CustomFieldServiceImpl(OperationRunner runner, CustomFieldOperations operations) {
        this.runner = runner;
        this.operations = operations;
    }

    @Override
    public CustomFieldService withOptions(Consumer<RequestOptions.Builder> options) {
        return new CustomFieldServiceImpl(runner.withOptions(options), operations);
    }

    @Override
    public WithRawResponse withRawResponse() {
        return raw;
    }

    @Override
    public List<CustomField> list() {
        return runner.value(operations.list());
    }

    @Override
    public CustomField create(NewCustomField customField) {
        return runner.value(operations.create(customField));
    }

    @Override
    public CustomField get(String customFieldId) {
        return runner.value(operations.get(customFieldId));
    }

    @Override
    public CustomField update(String customFieldId, NewCustomField customField) {
        return runner.value(operations.update(customFieldId, customField));
    }

    @Override
    public void delete(String customFieldId) {
        runner.value(operations.delete(customFieldId));
    }

    @Override
    public CustomFieldValueService values(String customFieldId) {
        return new CustomFieldValueServiceImpl(runner, operations.accountId(), customFieldId);
    }

    @Override
    public String toString() {
        return "CustomFieldService";
    }

    private final class Raw implements WithRawResponse {

        @Override
        public RawResponse<List<CustomField>> list() {
            return runner.raw(operations.list());
        }

        @Override
        public RawResponse<CustomField> create(NewCustomField customField) {
            return runner.raw(operations.create(customField));
        }

        @Override
        public RawResponse<CustomField> get(String customFieldId) {
            return runner.raw(operations.get(customFieldId));
        }

        @Override
        public RawResponse<CustomField> update(String customFieldId, NewCustomField customField) {
            return runner.raw(operations.update(customFieldId, customField));
        }

        @Override
        public RawResponse<Void> delete(String customFieldId) {
            return runner.raw(operations.delete(customFieldId));
        }
    }
}
