package io.github.payhawk4j.examples.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * One in-process run of a program's entry point: its exit status and everything it printed.
 *
 * @param status the exit status
 * @param out    what it printed on stdout
 * @param err    what it printed on stderr
 */
record ProgramRun(int status, String out, String err) {

    /** A program's {@code run(args, environment, out, err)}. */
    @FunctionalInterface
    interface EntryPoint {
        int run(String[] args, Map<String, String> environment, PrintStream out, PrintStream err);
    }

    /** Runs {@code program} with {@code args} and {@code environment}, capturing its output. */
    static ProgramRun of(EntryPoint program, Map<String, String> environment, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status;
        try (PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            status = program.run(args, environment, outStream, errStream);
        }
        return new ProgramRun(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** stdout and stderr together, to check that something appears in neither. */
    String all() {
        return out + err;
    }
}
