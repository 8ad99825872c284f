package io.github.payhawk4j.error;

import java.util.Optional;

/**
 * Base of every error the SDK throws for a call to the Payhawk API. Unchecked.
 *
 * <p>Carries what a caller needs to act or to report: the HTTP status (0 when no response was
 * received), Payhawk's error {@code code} and {@code message}, the method and path of the call and
 * Payhawk's request id when the response had one. It never carries the API key.
 * Catch a subclass to act on a specific case ({@link NotFoundException}, {@link RateLimitedException}, ...).
 */
public class PayhawkException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int statusCode;
    private final String code;
    private final String apiMessage;
    private final String method;
    private final String path;
    private final String requestId;

    /** Creates an exception from the parts of a failed call; see {@link ErrorDetails}. */
    public PayhawkException(ErrorDetails details, Throwable cause) {
        super(details.describe(), cause);
        this.statusCode = details.statusCode();
        this.code = details.code();
        this.apiMessage = details.message();
        this.method = details.method();
        this.path = details.path();
        this.requestId = details.requestId();
    }

    /** The HTTP status of the response, or 0 when no response was received. */
    public int statusCode() {
        return statusCode;
    }

    /** Payhawk's error code from the response body ({@code "code"}), if there was one. */
    public Optional<String> code() {
        return Optional.ofNullable(code);
    }

    /** Payhawk's error message from the response body ({@code "message"}), if there was one. */
    public Optional<String> apiMessage() {
        return Optional.ofNullable(apiMessage);
    }

    /** The HTTP method of the failed call, e.g. {@code GET}. */
    public String method() {
        return method;
    }

    /** The path of the failed call, without host and query, e.g. {@code /api/v3/accounts/acme/expenses/42}. */
    public String path() {
        return path;
    }

    /** Payhawk's request id from the response headers, if any; quote it when contacting Payhawk support. */
    public Optional<String> requestId() {
        return Optional.ofNullable(requestId);
    }
}
