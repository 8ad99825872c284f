package io.github.payhawk4j.error;

/**
 * What is known about a failed call: the parts every {@link PayhawkException} carries.
 *
 * @param statusCode HTTP status, 0 when no response was received
 * @param code       Payhawk's error code, or null
 * @param message    Payhawk's error message, or null
 * @param method     HTTP method of the call
 * @param path       path of the call, without host and query
 * @param requestId  Payhawk's request id header, or null
 */
public record ErrorDetails(int statusCode, String code, String message, String method, String path, String requestId) {

    /** Details of a call that got no response (connection failure or timeout). */
    public static ErrorDetails noResponse(String method, String path, String reason) {
        return new ErrorDetails(0, null, reason, method, path, null);
    }

    /** One line saying what failed, for the exception message; it never holds headers or the API key. */
    String describe() {
        StringBuilder text = new StringBuilder(method).append(' ').append(path);
        text.append(statusCode == 0 ? " failed" : " returned HTTP " + statusCode);
        if (code != null) {
            text.append(" (").append(code).append(')');
        }
        if (message != null) {
            text.append(": ").append(message);
        }
        if (requestId != null) {
            text.append(" [request id ").append(requestId).append(']');
        }
        return text.toString();
    }
}
