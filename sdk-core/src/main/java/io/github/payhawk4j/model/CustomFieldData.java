package io.github.payhawk4j.model;

import java.util.List;

/**
 * The value of one custom field on an expense or purchase order item ({@code ICustomFieldData}).
 *
 * @param id unique identifier of the custom field
 * @param label label of the custom field
 * @param externalId unique identifier of the custom field in the external system
 * @param externalSource unique identifier of the external system the field originates from
 * @param selectedValues the selected values from a predefined list
 * @param value free text value, for text input custom fields
 */
public record CustomFieldData(
        String id,
        String label,
        String externalId,
        String externalSource,
        List<CustomFieldDataValue> selectedValues,
        String value) {

    /** Copies the lists, so the record stays immutable; an absent list becomes empty. */
    public CustomFieldData {
        selectedValues = selectedValues == null ? List.of() : List.copyOf(selectedValues);
    }
}
