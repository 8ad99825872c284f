package io.github.payhawk4j.model;

/**
 * The error body Payhawk answers a failed request with ({@code IError}).
 *
 * @param code error code
 * @param message error details
 */
public record ApiError(
        String code,
        String message) {
}
