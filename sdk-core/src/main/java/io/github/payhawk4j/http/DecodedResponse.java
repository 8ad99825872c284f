package io.github.payhawk4j.http;

/**
 * A successful response and the value read from its body, so a caller can have both: the value for the
 * program, the status, headers and request id for support tickets and audit logs.
 *
 * @param response the response as received
 * @param value    what the operation's reader made of the body
 * @param <T>      the type of the value
 */
public record DecodedResponse<T>(ApiResponse response, T value) {
}
