package io.github.payhawk4j.model;

/**
 * A Payhawk user identified by id and full name, e.g. who approved a purchase order ({@code IBasicActor}).
 *
 * @param id unique identifier of the user
 * @param fullName full name of the user consisting of first and last name
 */
public record BasicActor(
        String id,
        String fullName) {
}
