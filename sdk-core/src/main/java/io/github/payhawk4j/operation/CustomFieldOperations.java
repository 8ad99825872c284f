package io.github.payhawk4j.operation;

import io.github.payhawk4j.http.ApiRequest;
import io.github.payhawk4j.http.ApiTransport;
import io.github.payhawk4j.http.ResponseReader;
import io.github.payhawk4j.model.customfield.CustomField;
import io.github.payhawk4j.model.customfield.NewCustomField;

import java.util.List;
import java.util.Objects;

/** The custom field operations of one account (the fields themselves; their values are {@link CustomFieldValueOperations}). */
final class CustomFieldOperations {

    private static final String FIELDS = "/accounts/{accountId}/custom-fields";
    private static final String FIELD = FIELDS + "/{customFieldId}";

    private final ApiTransport transport;
    private final String accountId;
    private final ResponseReader<CustomField> field;
    private final ResponseReader<List<CustomField>> fieldList;

    CustomFieldOperations(ApiTransport transport, String accountId) {
        this.transport = transport;
        this.accountId = accountId;
        this.field = transport.json(CustomField.class);
        this.fieldList = transport.unpagedList(CustomField.class);
    }

    String accountId() {
        return accountId;
    }

    Operation<List<CustomField>> list() {
        return new Operation<>(ApiRequest.to("GET", FIELDS, accountId), fieldList);
    }

    Operation<CustomField> create(NewCustomField customField) {
        Objects.requireNonNull(customField, "customField");
        return new Operation<>(transport.withJsonBody(ApiRequest.to("POST", FIELDS, accountId), customField), field);
    }

    Operation<CustomField> get(String customFieldId) {
        return new Operation<>(ApiRequest.to("GET", FIELD, accountId, customFieldId), field);
    }

    Operation<CustomField> update(String customFieldId, NewCustomField customField) {
        Objects.requireNonNull(customField, "customField");
        return new Operation<>(transport.withJsonBody(ApiRequest.to("PATCH", FIELD, accountId, customFieldId), customField), field);
    }

    Operation<Void> delete(String customFieldId) {
        return new Operation<>(ApiRequest.to("DELETE", FIELD, accountId, customFieldId), ApiTransport.noContent());
    }
}
