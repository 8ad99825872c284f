package io.github.payhawk4j.model;

/**
 * A Payhawk user who acted on an object, e.g. created, reviewed or approved an expense ({@code IActor}).
 *
 * @param id unique identifier of the actor user
 * @param email email of the actor user
 * @param firstName first name of the actor user
 * @param lastName last name of the actor user
 * @param externalId unique identifier of the account user in the external system
 */
public record Actor(
        String id,
        String email,
        String firstName,
        String lastName,
        String externalId) {
}
