package io.github.payhawk4j.error;

/**
 * The response body was larger than the client's {@code maxResponseBytes}: the call fails without reading the
 * rest (the connection is dropped, the client stays usable). Raise the limit on the client builder only if a
 * legitimate response can be that large; Payhawk's largest page of 1,000 expenses is about 4.2 MB.
 */
public class ResponseTooLargeException extends UnexpectedResponseException {

    private static final long serialVersionUID = 1L;

    private final long maxBytes;

    /** Creates the exception for a call whose response exceeded {@code maxBytes}. */
    public ResponseTooLargeException(ErrorDetails details, long maxBytes, Throwable cause) {
        super(details, cause);
        this.maxBytes = maxBytes;
    }

    /** The limit the body exceeded, in bytes. */
    public long maxBytes() {
        return maxBytes;
    }
}
