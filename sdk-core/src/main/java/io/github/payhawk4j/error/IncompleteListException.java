package io.github.payhawk4j.error;

/**
 * A list the API returns without paging ({@code $skip}/{@code $take}) held fewer items than its {@code total}
 * says exist. The SDK cannot fetch the rest, so it fails the call rather than return a silently shorter list;
 * report it to Payhawk with the {@link #requestId()}.
 */
public class IncompleteListException extends UnexpectedResponseException {

    private static final long serialVersionUID = 1L;

    private final long total;
    private final int received;

    /** Creates the exception for a list response of {@code received} items out of {@code total}. */
    public IncompleteListException(ErrorDetails details, long total, int received, Throwable cause) {
        super(details, cause);
        this.total = total;
        this.received = received;
    }

    /** How many items the response says exist. */
    public long total() {
        return total;
    }

    /** How many items the response held. */
    public int received() {
        return received;
    }
}
