package io.github.payhawk4j.error;

/** A response the SDK cannot map: an unexpected status, or a body that is not the documented JSON. */
public class UnexpectedResponseException extends PayhawkException {

    private static final long serialVersionUID = 1L;

    /** Creates the exception for a failed call. */
    public UnexpectedResponseException(ErrorDetails details, Throwable cause) {
        super(details, cause);
    }
}
