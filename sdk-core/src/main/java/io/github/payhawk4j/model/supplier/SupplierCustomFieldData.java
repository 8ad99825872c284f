package io.github.payhawk4j.model.supplier;

/**
 * The value of one custom field on a supplier ({@code ISupplierCustomFieldData}).
 *
 * @param externalId unique identifier of the custom field in the external system
 * @param fieldId identifier of the custom field
 * @param externalSource unique identifier of the external system the field originates from
 * @param valueId identifier of the value selected from a predefined list
 * @param valueExternalId identifier in the external system of the value selected from a fixed list
 * @param value free text value, for text input custom fields
 * @param fileId identifier of the file, for file upload custom fields
 * @param fileName the name of the file, for file upload custom fields
 * @param id unique identifier of the custom field
 * @param label label of the custom field
 */
public record SupplierCustomFieldData(
        String externalId,
        String fieldId,
        String externalSource,
        String valueId,
        String valueExternalId,
        String value,
        String fileId,
        String fileName,
        String id,
        String label) {
}
