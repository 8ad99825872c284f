package io.github.payhawk4j.error;

/** HTTP 403: the API key is valid but may not do this, e.g. on this account. Check the key's permissions in Payhawk. */
public class PermissionException extends PayhawkException {

    private static final long serialVersionUID = 1L;

    /** Creates the exception for a failed call. */
    public PermissionException(ErrorDetails details, Throwable cause) {
        super(details, cause);
    }
}
