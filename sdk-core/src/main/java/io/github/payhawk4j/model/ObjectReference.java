package io.github.payhawk4j.model;

/**
 * A reference to another Payhawk object by its id ({@code IObjectReference}).
 *
 * @param id unique identifier of the object
 */
public record ObjectReference(
        String id) {
}
