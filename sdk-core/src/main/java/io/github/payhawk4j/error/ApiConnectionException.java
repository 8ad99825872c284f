package io.github.payhawk4j.error;

/**
 * No response was received: the connection could not be made, broke off, or timed out.
 * {@link #requestSent()} tells whether the request may have reached Payhawk, which matters for
 * calls that change data: when it may have, check the resource before repeating the call.
 */
public class ApiConnectionException extends PayhawkException {

    private static final long serialVersionUID = 1L;

    private final boolean requestSent;

    /** Creates the exception; {@code requestSent} is false only when the request provably never left. */
    public ApiConnectionException(ErrorDetails details, boolean requestSent, Throwable cause) {
        super(details, cause);
        this.requestSent = requestSent;
    }

    /** False when the request provably never left this machine (connection refused); true when it may have. */
    public boolean requestSent() {
        return requestSent;
    }
}
