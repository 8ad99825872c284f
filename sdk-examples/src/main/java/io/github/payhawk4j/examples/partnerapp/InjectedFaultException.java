package io.github.payhawk4j.examples.partnerapp;

/** Thrown by a handler because a {@link FaultInjection} asked for it, not because anything is broken. */
public final class InjectedFaultException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * An injected fault.
     *
     * @param message which event was failed on purpose
     */
    public InjectedFaultException(String message) {
        super(message);
    }
}
