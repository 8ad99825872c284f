package io.github.payhawk4j.error;

/** HTTP 5xx: Payhawk failed to handle the request. Safe calls were already retried; try again later. */
public class ServerException extends PayhawkException {

    private static final long serialVersionUID = 1L;

    /** Creates the exception for a failed call. */
    public ServerException(ErrorDetails details, Throwable cause) {
        super(details, cause);
    }
}
