package io.github.payhawk4j.operation;

import io.github.payhawk4j.http.ApiRequest;
import io.github.payhawk4j.http.ApiTransport;
import io.github.payhawk4j.http.ResponseReader;
import io.github.payhawk4j.model.customfield.CustomFieldValue;
import io.github.payhawk4j.model.customfield.CustomFieldValueManager;
import io.github.payhawk4j.model.customfield.CustomFieldValuePatch;
import io.github.payhawk4j.model.customfield.NewCustomFieldValue;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The operations on the values of one custom field, and on the managers of each value. */
final class CustomFieldValueOperations {

    private static final String VALUES = "/accounts/{accountId}/custom-fields/{customFieldId}/values";
    private static final String VALUE = VALUES + "/{customFieldValueId}";
    private static final String MANAGERS = VALUE + "/managers";

    private final ApiTransport transport;
    private final String accountId;
    private final String customFieldId;
    private final ResponseReader<CustomFieldValue> value;
    private final ResponseReader<List<CustomFieldValue>> valueList;
    private final ResponseReader<List<CustomFieldValueManager>> managerList;

    CustomFieldValueOperations(ApiTransport transport, String accountId, String customFieldId) {
        if (customFieldId == null || customFieldId.isEmpty()) {
            throw new IllegalArgumentException("customFieldId must not be empty");
        }
        this.transport = transport;
        this.accountId = accountId;
        this.customFieldId = customFieldId;
        this.value = transport.json(CustomFieldValue.class);
        this.valueList = transport.unpagedList(CustomFieldValue.class);
        this.managerList = transport.unpagedList(CustomFieldValueManager.class);
    }

    Operation<List<CustomFieldValue>> list() {
        return new Operation<>(ApiRequest.to("GET", VALUES, accountId, customFieldId), valueList);
    }

    Operation<CustomFieldValue> create(NewCustomFieldValue customFieldValue) {
        Objects.requireNonNull(customFieldValue, "customFieldValue");
        return new Operation<>(transport.withJsonBody(ApiRequest.to("POST", VALUES, accountId, customFieldId), customFieldValue), value);
    }

    Operation<Void> deleteAll() {
        return new Operation<>(ApiRequest.to("DELETE", VALUES, accountId, customFieldId), ApiTransport.noContent());
    }

    Operation<CustomFieldValue> get(String customFieldValueId) {
        return new Operation<>(ApiRequest.to("GET", VALUE, accountId, customFieldId, customFieldValueId), value);
    }

    Operation<CustomFieldValue> update(String customFieldValueId, CustomFieldValuePatch patch) {
        Objects.requireNonNull(patch, "patch");
        return new Operation<>(transport.withJsonBody(
                ApiRequest.to("PATCH", VALUE, accountId, customFieldId, customFieldValueId), patch), value);
    }

    Operation<Void> delete(String customFieldValueId) {
        return new Operation<>(ApiRequest.to("DELETE", VALUE, accountId, customFieldId, customFieldValueId), ApiTransport.noContent());
    }

    Operation<List<CustomFieldValueManager>> listManagers(String customFieldValueId) {
        return new Operation<>(ApiRequest.to("GET", MANAGERS, accountId, customFieldId, customFieldValueId), managerList);
    }

    Operation<Void> addManagers(String customFieldValueId, List<String> userIds) {
        return managers("POST", customFieldValueId, userIds);
    }

    Operation<Void> replaceManagers(String customFieldValueId, List<String> userIds) {
        return managers("PUT", customFieldValueId, userIds);
    }

    Operation<Void> removeManagers(String customFieldValueId) {
        return new Operation<>(ApiRequest.to("DELETE", MANAGERS, accountId, customFieldId, customFieldValueId), ApiTransport.noContent());
    }

    /** The body {@code [{"userId": ...}, ...]} ({@code ICustomFieldValueManagerPatch}): at least one non-empty id. */
    private Operation<Void> managers(String method, String customFieldValueId, List<String> userIds) {
        Objects.requireNonNull(userIds, "userIds");
        if (userIds.isEmpty()) {
            throw new IllegalArgumentException("userIds must name at least one user (to remove all managers, use removeManagers)");
        }
        List<Map<String, String>> body = userIds.stream().map(userId -> {
            if (userId == null || userId.isEmpty()) {
                throw new IllegalArgumentException("userIds must not contain a null or empty id");
            }
            return Map.of("userId", userId);
        }).toList();
        return new Operation<>(transport.withJsonBody(ApiRequest.to(method, MANAGERS, accountId, customFieldId, customFieldValueId), body),
                ApiTransport.noContent());
    }
}
