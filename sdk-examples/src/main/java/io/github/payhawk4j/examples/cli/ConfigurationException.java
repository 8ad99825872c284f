package io.github.payhawk4j.examples.cli;

/** A setting the program needs is missing or invalid; the message says which and how to fix it, in one line. */
final class ConfigurationException extends Exception {

    private static final long serialVersionUID = 1L;

    /** An exception whose message tells the user what to set. */
    ConfigurationException(String message) {
        super(message);
    }
}
