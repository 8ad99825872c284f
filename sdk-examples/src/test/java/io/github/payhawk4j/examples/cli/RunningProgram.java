package io.github.payhawk4j.examples.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A program's entry point running on a thread of its own, whose output a test can wait for: e.g. the line saying
 * on which port it listens, so that the test talks to it only once it does, whatever the machine's load.
 */
final class RunningProgram {

    /** Only a hang waits this long. */
    private static final Duration HANG = Duration.ofSeconds(120);

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final CompletableFuture<Integer> status;

    private RunningProgram(ProgramRun.EntryPoint program, Map<String, String> environment, String... args) {
        PrintStream outStream = new PrintStream(new NotifyingStream(out), true, StandardCharsets.UTF_8);
        PrintStream errStream = new PrintStream(new NotifyingStream(err), true, StandardCharsets.UTF_8);
        status = new CompletableFuture<>();
        Thread runner = new Thread(() -> {
            try (outStream; errStream) {
                status.complete(program.run(args, environment, outStream, errStream));
            } catch (Throwable failure) {
                status.completeExceptionally(failure);
            } finally {
                synchronized (this) {
                    notifyAll();
                }
            }
        }, "program-under-test");
        runner.setDaemon(true);
        runner.start();
    }

    /** Starts {@code program} with {@code args} and {@code environment}. */
    static RunningProgram start(ProgramRun.EntryPoint program, Map<String, String> environment, String... args) {
        return new RunningProgram(program, environment, args);
    }

    /** Waits until stdout holds a match of {@code pattern} and returns its first group; fails if the program ends first. */
    synchronized String awaitOutput(Pattern pattern) throws InterruptedException {
        long deadline = System.nanoTime() + HANG.toNanos();
        while (true) {
            Matcher match = pattern.matcher(out.toString(StandardCharsets.UTF_8));
            if (match.find()) {
                return match.group(1);
            }
            long left = deadline - System.nanoTime();
            if (status.isDone() || left <= 0) {
                throw new AssertionError("no output matching " + pattern + "; out: " + out.toString(StandardCharsets.UTF_8)
                        + "; err: " + err.toString(StandardCharsets.UTF_8));
            }
            wait(Math.max(1, left / 1_000_000));
        }
    }

    /** Waits for the program to end and returns its run. */
    ProgramRun finish() throws Exception {
        int exit = status.get(HANG.toMillis(), TimeUnit.MILLISECONDS);
        synchronized (this) {
            return new ProgramRun(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        }
    }

    /** Writes to a buffer under the program's lock and wakes whoever waits for output. */
    private final class NotifyingStream extends java.io.OutputStream {
        private final ByteArrayOutputStream buffer;

        NotifyingStream(ByteArrayOutputStream buffer) {
            this.buffer = buffer;
        }

        @Override
        public void write(int b) {
            synchronized (RunningProgram.this) {
                buffer.write(b);
                RunningProgram.this.notifyAll();
            }
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            synchronized (RunningProgram.this) {
                buffer.write(bytes, offset, length);
                RunningProgram.this.notifyAll();
            }
        }
    }
}
