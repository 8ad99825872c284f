package io.github.payhawk4j.error;

/** HTTP 401: the API key is missing, wrong or revoked. Check the key configured on the client. */
public class AuthenticationException extends PayhawkException {

    private static final long serialVersionUID = 1L;

    /** Creates the exception for a failed call. */
    public AuthenticationException(ErrorDetails details, Throwable cause) {
        super(details, cause);
    }
}
