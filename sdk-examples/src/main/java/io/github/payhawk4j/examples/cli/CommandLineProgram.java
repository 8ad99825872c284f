package io.github.payhawk4j.examples.cli;

import java.io.PrintStream;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The run skeleton the command-line programs share: parse the command line (or print the help), check it into the
 * program's settings, do the program's work, and turn every failure into an exit status and one line on stderr
 * (2 and the usage for a wrong command line, 1 for a failure, never a stack trace).
 *
 * @param <S> the program's checked settings
 */
final class CommandLineProgram<S> {

    /** Turns the parsed command line into the program's settings, or says what is wrong with it. */
    @FunctionalInterface
    interface Settings<S> {
        S of(CommandLine commandLine) throws UsageException;
    }

    /** The program's work with its settings; returns the exit status. */
    @FunctionalInterface
    interface Work<S> {
        int run(S settings, Map<String, String> environment, PrintStream out, PrintStream err)
                throws ConfigurationException, InterruptedException;
    }

    private final String name;
    private final String usage;
    private final Set<String> flags;
    private final Set<String> options;
    private final Settings<S> settings;
    private final Work<S> work;

    /**
     * @param name     the program's name, which starts its command-line errors
     * @param usage    the help text, printed for {@code --help} and after a command-line error
     * @param flags    the options without a value, e.g. {@code --sandbox}
     * @param options  the options with a value, e.g. {@code --status}
     * @param settings checks the command line
     * @param work     does the program's work
     */
    CommandLineProgram(String name, String usage, Set<String> flags, Set<String> options, Settings<S> settings,
                       Work<S> work) {
        this.name = Objects.requireNonNull(name, "name");
        this.usage = Objects.requireNonNull(usage, "usage");
        this.flags = Set.copyOf(flags);
        this.options = Set.copyOf(options);
        this.settings = Objects.requireNonNull(settings, "settings");
        this.work = Objects.requireNonNull(work, "work");
    }

    /** A program's {@code main}: library logs kept quiet, the process's environment, exit with the status. */
    void main(String[] args) {
        ProgramLogging.quietLibraries();
        System.exit(run(args, System.getenv(), System.out, System.err));
    }

    /**
     * Runs the program with {@code environment} as its connection settings.
     *
     * @return the exit status: {@link ExitStatus#OK}, {@link ExitStatus#FAILED} or {@link ExitStatus#USAGE}
     */
    int run(String[] args, Map<String, String> environment, PrintStream out, PrintStream err) {
        S checked;
        try {
            CommandLine commandLine = CommandLine.parse(args, flags, options);
            if (commandLine.wantsHelp()) {
                out.print(usage);
                return ExitStatus.OK;
            }
            checked = settings.of(commandLine);
        } catch (UsageException e) {
            err.println(name + ": " + e.getMessage());
            err.print(usage);
            return ExitStatus.USAGE;
        }
        try {
            return work.run(checked, environment, out, err);
        } catch (ConfigurationException e) {
            err.println("error: " + e.getMessage());
            return ExitStatus.FAILED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("error: interrupted");
            return ExitStatus.FAILED;
        } catch (RuntimeException e) {
            FailureMessage.print(e, err);
            return ExitStatus.FAILED;
        }
    }
}
