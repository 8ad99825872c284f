package io.github.payhawk4j.error;

/** The connection or the response took longer than the client's configured timeout. */
public class ApiTimeoutException extends ApiConnectionException {

    private static final long serialVersionUID = 1L;

    /** Creates the exception; {@code requestSent} is false for a connect timeout. */
    public ApiTimeoutException(ErrorDetails details, boolean requestSent, Throwable cause) {
        super(details, requestSent, cause);
    }
}
