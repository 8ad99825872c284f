package io.github.payhawk4j.examples.erp;

/** A failure of the ERP ledger, usually a database error; unchecked so handlers can let it propagate. */
public final class ErpException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * An ERP failure.
     *
     * @param message what the ERP was doing
     * @param cause   the underlying failure
     */
    public ErpException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * An ERP failure without an underlying exception.
     *
     * @param message what went wrong
     */
    public ErpException(String message) {
        super(message);
    }
}
