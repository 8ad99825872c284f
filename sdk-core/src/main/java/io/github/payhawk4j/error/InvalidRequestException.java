package io.github.payhawk4j.error;

/** HTTP 400 or 422: Payhawk rejected the request as invalid; {@link #apiMessage()} says what to change. */
public class InvalidRequestException extends PayhawkException {

    private static final long serialVersionUID = 1L;

    /** Creates the exception for a failed call. */
    public InvalidRequestException(ErrorDetails details, Throwable cause) {
        super(details, cause);
    }
}
