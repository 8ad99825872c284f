package io.github.payhawk4j.error;

/** HTTP 404: the account or the resource (expense, subscription, ...) does not exist or is not visible to this key. */
public class NotFoundException extends PayhawkException {

    private static final long serialVersionUID = 1L;

    /** Creates the exception for a failed call. */
    public NotFoundException(ErrorDetails details, Throwable cause) {
        super(details, cause);
    }
}
