package io.github.payhawk4j.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The custom fields of one account, the values of each and the managers of each value. An external id is unique
 * among the fields and among the values of one field (a second one is a 409, as on Payhawk). Thread-safe; every
 * read hands out copies.
 */
final class CustomFieldStore {

    private final IdSequence ids;
    private final Map<String, ObjectNode> fields = new LinkedHashMap<>();
    private final Map<String, Map<String, ObjectNode>> values = new LinkedHashMap<>();
    private final Map<String, Set<String>> managers = new LinkedHashMap<>();

    CustomFieldStore(IdSequence ids) {
        this.ids = ids;
    }

    synchronized List<ObjectNode> fields() {
        return copies(fields.values());
    }

    synchronized ObjectNode field(String fieldId) {
        return existingField(fieldId).deepCopy();
    }

    /** Stores {@code field} ({@code INewCustomField}, checked) under a new id and returns it. */
    synchronized ObjectNode createField(ObjectNode field) {
        refuseTakenExternalId(fields, field.path("externalId").asText(null), null, "custom field");
        String fieldId = ids.next("cf_");
        ObjectNode stored = field.deepCopy().put("id", fieldId);
        fields.put(fieldId, stored);
        values.put(fieldId, new LinkedHashMap<>());
        return stored.deepCopy();
    }

    synchronized ObjectNode updateField(String fieldId, ObjectNode changes) {
        ObjectNode stored = existingField(fieldId);
        refuseTakenExternalId(fields, changes.path("externalId").asText(null), fieldId, "custom field");
        stored.setAll(changes);
        return stored.deepCopy();
    }

    synchronized void deleteField(String fieldId) {
        existingField(fieldId);
        fields.remove(fieldId);
        values.remove(fieldId).keySet().forEach(managers::remove);
    }

    synchronized List<ObjectNode> values(String fieldId) {
        return copies(valuesOf(fieldId).values());
    }

    synchronized ObjectNode value(String fieldId, String valueId) {
        return existingValue(fieldId, valueId).deepCopy();
    }

    /** Stores {@code value} ({@code INewCustomFieldValue}, checked) under a new id and returns it. */
    synchronized ObjectNode createValue(String fieldId, ObjectNode value) {
        Map<String, ObjectNode> fieldValues = valuesOf(fieldId);
        refuseTakenExternalId(fieldValues, value.path("externalId").asText(null), null, "custom field value");
        String valueId = ids.next("cfv_");
        ObjectNode stored = value.deepCopy().put("id", valueId);
        fieldValues.put(valueId, stored);
        return stored.deepCopy();
    }

    synchronized ObjectNode updateValue(String fieldId, String valueId, ObjectNode changes) {
        ObjectNode stored = existingValue(fieldId, valueId);
        refuseTakenExternalId(valuesOf(fieldId), changes.path("externalId").asText(null), valueId, "custom field value");
        stored.setAll(changes);
        return stored.deepCopy();
    }

    synchronized void deleteValue(String fieldId, String valueId) {
        existingValue(fieldId, valueId);
        valuesOf(fieldId).remove(valueId);
        managers.remove(valueId);
    }

    synchronized void deleteValues(String fieldId) {
        Map<String, ObjectNode> fieldValues = valuesOf(fieldId);
        fieldValues.keySet().forEach(managers::remove);
        fieldValues.clear();
    }

    synchronized List<String> managers(String fieldId, String valueId) {
        existingValue(fieldId, valueId);
        return List.copyOf(managers.getOrDefault(valueId, Set.of()));
    }

    /** Applies {@code change} to the manager ids of the value. */
    synchronized void changeManagers(String fieldId, String valueId, Consumer<Set<String>> change) {
        existingValue(fieldId, valueId);
        change.accept(managers.computeIfAbsent(valueId, any -> new LinkedHashSet<>()));
    }

    private ObjectNode existingField(String fieldId) {
        ObjectNode field = fields.get(fieldId);
        if (field == null) {
            throw RefusedRequestException.notFound("Custom field '" + fieldId + "' not found");
        }
        return field;
    }

    private Map<String, ObjectNode> valuesOf(String fieldId) {
        existingField(fieldId);
        return values.get(fieldId);
    }

    private ObjectNode existingValue(String fieldId, String valueId) {
        ObjectNode value = valuesOf(fieldId).get(valueId);
        if (value == null) {
            throw RefusedRequestException.notFound("Custom field value '" + valueId + "' not found in custom field '" + fieldId + "'");
        }
        return value;
    }

    private static void refuseTakenExternalId(Map<String, ObjectNode> documents, String externalId, String exceptId, String kind) {
        if (externalId == null) {
            return;
        }
        for (ObjectNode document : documents.values()) {
            if (externalId.equals(document.path("externalId").asText(null)) && !document.path("id").asText().equals(exceptId)) {
                throw new RefusedRequestException(409, "conflict", "A " + kind + " with externalId '" + externalId
                        + "' exists already: " + document.path("id").asText());
            }
        }
    }

    private static List<ObjectNode> copies(Iterable<ObjectNode> documents) {
        List<ObjectNode> copies = new ArrayList<>();
        documents.forEach(document -> copies.add(Objects.requireNonNull(document).deepCopy()));
        return copies;
    }
}
