package io.github.payhawk4j.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code /api/v3/accounts/{accountId}/custom-fields}: the fields (list, create, get, update, delete), the values of
 * a field (list, create, delete all, get, update, delete) and the managers of a value (list, add, replace, remove).
 * Lists are whole ({@code {"items","total"}}, no paging, as the spec has none); bodies are checked as the spec's
 * schemas say (400), unknown ids are 404, a taken external id is 409.
 */
final class CustomFieldEndpoints {

    private static final String FIELDS = "/api/v3/accounts/{accountId}/custom-fields";
    private static final String FIELD = FIELDS + "/{customFieldId}";
    private static final String VALUES = FIELD + "/values";
    private static final String VALUE = VALUES + "/{customFieldValueId}";
    private static final String MANAGERS = VALUE + "/managers";
    private static final Set<String> FIELD_PROPERTIES = Set.of("label", "isRequired", "description", "externalId", "externalSource");
    private static final Set<String> VALUE_PROPERTIES = Set.of("label", "externalId");

    private final JsonCodec json;

    CustomFieldEndpoints(JsonCodec json) {
        this.json = json;
    }

    void register(Router router) {
        router.add("GET", FIELDS, request -> list(store(request).fields()))
                .add("POST", FIELDS, request -> json.response(201, store(request).createField(newField(request))))
                .add("GET", FIELD, request -> json.response(200, store(request).field(fieldId(request))))
                .add("PATCH", FIELD, request -> json.response(200, store(request).updateField(fieldId(request), newField(request))))
                .add("DELETE", FIELD, request -> {
                    store(request).deleteField(fieldId(request));
                    return SandboxResponse.noContent();
                })
                .add("GET", VALUES, request -> list(store(request).values(fieldId(request))))
                .add("POST", VALUES, request -> json.response(201, store(request).createValue(fieldId(request), value(request, true))))
                .add("DELETE", VALUES, request -> {
                    store(request).deleteValues(fieldId(request));
                    return SandboxResponse.noContent();
                })
                .add("GET", VALUE, request -> json.response(200, store(request).value(fieldId(request), valueId(request))))
                .add("PATCH", VALUE, request -> json.response(200,
                        store(request).updateValue(fieldId(request), valueId(request), value(request, false))))
                .add("DELETE", VALUE, request -> {
                    store(request).deleteValue(fieldId(request), valueId(request));
                    return SandboxResponse.noContent();
                })
                .add("GET", MANAGERS, this::managers)
                .add("POST", MANAGERS, request -> changeManagers(request, false))
                .add("PUT", MANAGERS, request -> changeManagers(request, true))
                .add("DELETE", MANAGERS, request -> {
                    store(request).changeManagers(fieldId(request), valueId(request), Set::clear);
                    return SandboxResponse.noContent();
                });
    }

    private SandboxResponse list(List<ObjectNode> items) {
        return json.response(200, json.listDocument(items, items.size()));
    }

    /** {@code INewCustomField}: a label, the rest optional. */
    private ObjectNode newField(SandboxRequest request) {
        RequestFields fields = RequestFields.of(json.parseRequest(request.body(), "Request body"), "custom field", FIELD_PROPERTIES);
        fields.requiredText("label");
        fields.optionalBoolean("isRequired");
        fields.optionalText("description");
        fields.optionalText("externalId");
        fields.optionalText("externalSource");
        return fields.body();
    }

    /** {@code INewCustomFieldValue} (label required) or {@code ICustomFieldValuePatch} (nothing required). */
    private ObjectNode value(SandboxRequest request, boolean labelRequired) {
        RequestFields fields = RequestFields.of(json.parseRequest(request.body(), "Request body"), "custom field value", VALUE_PROPERTIES);
        if (labelRequired || fields.has("label")) {
            fields.requiredText("label");
        }
        fields.optionalText("externalId");
        return fields.body();
    }

    private SandboxResponse managers(SandboxRequest request) {
        SandboxAccount account = request.account();
        List<ObjectNode> managers = new ArrayList<>();
        for (String userId : store(request).managers(fieldId(request), valueId(request))) {
            managers.add(json.object().put("userId", userId).put("email", account.userEmail(userId).orElseThrow()));
        }
        return list(managers);
    }

    /** {@code ICustomFieldValueManagerPatch}: at least one {@code {"userId"}} of a user of the account. */
    private SandboxResponse changeManagers(SandboxRequest request, boolean replace) {
        JsonNode body = json.parseRequest(request.body(), "Request body");
        if (!body.isArray() || body.isEmpty()) {
            throw RefusedRequestException.badRequest("The managers must be a non-empty JSON array of {\"userId\": ...}");
        }
        Set<String> userIds = new LinkedHashSet<>();
        for (JsonNode item : body) {
            String userId = RequestFields.of(item, "custom field value manager", Set.of("userId")).requiredText("userId");
            if (request.account().userEmail(userId).isEmpty()) {
                throw RefusedRequestException.badRequest("User '" + userId + "' not found");
            }
            userIds.add(userId);
        }
        store(request).changeManagers(fieldId(request), valueId(request), managers -> {
            if (replace) {
                managers.clear();
            }
            managers.addAll(userIds);
        });
        return SandboxResponse.noContent();
    }

    private static CustomFieldStore store(SandboxRequest request) {
        return request.account().customFieldStore();
    }

    private static String fieldId(SandboxRequest request) {
        return request.pathVariable("customFieldId");
    }

    private static String valueId(SandboxRequest request) {
        return request.pathVariable("customFieldValueId");
    }
}
