package io.github.payhawk4j.examples.cli;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** docs/examples.md: every documented command names a program here, and its sandbox commands work as shown. */
class ExamplesPageTest {

    private static final Pattern COMMAND = Pattern.compile(
            "-Ddemo\\.main=io\\.github\\.payhawk4j\\.examples\\.cli\\.(\\w+)(?: -Ddemo\\.args=\"([^\"]*)\")?");
    private static final Map<String, ProgramRun.EntryPoint> PROGRAMS = Map.of(
            "DeadInboxDeliveries", DeadInboxDeliveries::run,
            "ListExpenses", ListExpenses::run,
            "ManageSubscriptions", ManageSubscriptions::run,
            "WebhookInspector", WebhookInspector::run);

    @Test
    void everyCommandRunsAProgramOfThisPackage() throws IOException {
        List<Command> commands = commands();

        assertThat(commands).hasSizeGreaterThanOrEqualTo(8);
        assertThat(commands).extracting(Command::program).allMatch(PROGRAMS::containsKey)
                .contains("ListExpenses", "ManageSubscriptions", "WebhookInspector");
    }

    @Test
    void theSandboxCommandsForListingAndSubscribingEndAsDocumented() throws IOException {
        String page = Files.readString(page());
        int ran = 0;
        for (Command command : commands()) {
            String program = command.program();
            String args = command.args();
            if (program.equals("WebhookInspector") || !args.contains("--sandbox")) {
                continue; // the inspector's sandbox mode needs port 8787; WebhookInspectorTest runs it on a free one
            }
            ProgramRun run = ProgramRun.of(PROGRAMS.get(program), Map.of(), words(args));

            assertThat(run.status()).as("%s %s: %s", program, args, run.err()).isZero();
            String lastLine = run.out().lines().reduce((first, second) -> second).orElse("");
            if (lastLine.startsWith("Created subscription ")) {
                assertThat(page).contains("Created subscription ");
            } else {
                assertThat(page).as("the page shows the last line of %s %s", program, args).contains(lastLine);
            }
            ran++;
        }
        assertThat(ran).isEqualTo(5);
    }

    /** One documented command: the program's simple name and its {@code demo.args}. */
    private record Command(String program, String args) {
    }

    private static List<Command> commands() throws IOException {
        Matcher matcher = COMMAND.matcher(Files.readString(page()));
        List<Command> found = new ArrayList<>();
        while (matcher.find()) {
            found.add(new Command(matcher.group(1), matcher.group(2) == null ? "" : matcher.group(2)));
        }
        return found;
    }

    /** The arguments of {@code demo.args}, split at spaces outside single quotes, as exec-maven-plugin does. */
    private static String[] words(String args) {
        List<String> words = new ArrayList<>();
        Matcher word = Pattern.compile("'([^']*)'|(\\S+)").matcher(args);
        while (word.find()) {
            words.add(word.group(1) != null ? word.group(1) : word.group(2));
        }
        return words.toArray(String[]::new);
    }

    private static Path page() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("docs/examples.md"))) {
            dir = dir.getParent();
        }
        assertThat(dir).as("docs/examples.md above the working directory").isNotNull();
        return dir.resolve("docs/examples.md");
    }
}
