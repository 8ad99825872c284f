package io.github.payhawk4j.model;

/**
 * One value selected from a custom field's predefined list ({@code ICustomFieldDataValue}).
 *
 * @param id unique identifier of the custom field value
 * @param label label of the custom field value
 * @param externalId unique identifier of the custom field value in the external system
 * @param owner owner of the custom field value
 * @param parentId unique identifier of a parent custom field value
 * @param childId unique identifier of a child custom field value
 */
public record CustomFieldDataValue(
        String id,
        String label,
        String externalId,
        String owner,
        String parentId,
        String childId) {
}
