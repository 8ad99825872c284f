package io.github.payhawk4j.examples.cli;

/**
 * Keeps library logging (the SDK, Jetty) out of a program's own output: slf4j-simple at {@code warn},
 * unless the user chose a level with {@code -Dorg.slf4j.simpleLogger.defaultLogLevel=...}.
 */
final class ProgramLogging {

    private static final String LEVEL_PROPERTY = "org.slf4j.simpleLogger.defaultLogLevel";

    private ProgramLogging() {
    }

    /** Call first thing in {@code main}, before any logger exists. */
    static void quietLibraries() {
        if (System.getProperty(LEVEL_PROPERTY) == null) {
            System.setProperty(LEVEL_PROPERTY, "warn");
        }
    }
}
