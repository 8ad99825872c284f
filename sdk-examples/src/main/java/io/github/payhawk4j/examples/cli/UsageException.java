package io.github.payhawk4j.examples.cli;

/** The command line is wrong; the message says how, in one line, for the user. */
final class UsageException extends Exception {

    private static final long serialVersionUID = 1L;

    /** An exception whose message tells the user what to fix. */
    UsageException(String message) {
        super(message);
    }
}
