package io.github.payhawk4j.examples.cli;

/** The exit codes every program here uses. */
final class ExitStatus {

    /** Done as asked. */
    static final int OK = 0;
    /** An error while running: bad settings, an API error, a network failure. */
    static final int FAILED = 1;
    /** The command line itself is wrong: an unknown option, a missing or malformed value. */
    static final int USAGE = 2;

    private ExitStatus() {
    }
}
