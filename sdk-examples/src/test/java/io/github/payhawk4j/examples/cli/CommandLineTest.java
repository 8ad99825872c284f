package io.github.payhawk4j.examples.cli;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CommandLineTest {

    private static final Set<String> FLAGS = Set.of("--sandbox");
    private static final Set<String> OPTIONS = Set.of("--status", "--limit", "--from", "--duration");

    @Test
    void readsFlagsOptionsInBothFormsAndPositionalsInOrder() throws UsageException {
        CommandLine line = CommandLine.parse(new String[] {"create", "--sandbox", "--status", "ready",
                "--limit=5", "expense.created", "https://x.example/h"}, FLAGS, OPTIONS);

        assertThat(line.has("--sandbox")).isTrue();
        assertThat(line.value("--status")).contains("ready");
        assertThat(line.integer("--limit", 1, 10)).contains(5);
        assertThat(line.value("--from")).isEmpty();
        assertThat(line.positionals()).containsExactly("create", "expense.created", "https://x.example/h");
        assertThat(line.wantsHelp()).isFalse();
    }

    @Test
    void helpIsAlwaysKnownInItsShortAndLongForm() throws UsageException {
        assertThat(CommandLine.parse(new String[] {"--help"}, Set.of(), Set.of()).wantsHelp()).isTrue();
        assertThat(CommandLine.parse(new String[] {"-h"}, Set.of(), Set.of()).wantsHelp()).isTrue();
    }

    @Test
    void everythingAfterADoubleDashIsPositional() throws UsageException {
        CommandLine line = CommandLine.parse(new String[] {"delete", "--", "--odd-id"}, FLAGS, OPTIONS);

        assertThat(line.positionals()).isEqualTo(List.of("delete", "--odd-id"));
    }

    @Test
    void refusesUnknownOptionsMissingValuesRepeatsAndValuesOnFlags() {
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"--stauts", "ready"}, FLAGS, OPTIONS))
                .isInstanceOf(UsageException.class).hasMessage("unknown option --stauts");
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"--status"}, FLAGS, OPTIONS))
                .isInstanceOf(UsageException.class).hasMessage("--status needs a value");
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"--limit", "1", "--limit=2"}, FLAGS, OPTIONS))
                .isInstanceOf(UsageException.class).hasMessage("--limit is given twice");
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"--sandbox=yes"}, FLAGS, OPTIONS))
                .isInstanceOf(UsageException.class).hasMessage("--sandbox takes no value");
    }

    @Test
    void typedValuesAreCheckedWithAMessageNamingTheOption() throws UsageException {
        CommandLine line = CommandLine.parse(new String[] {"--from", "2026-02-30", "--limit", "0",
                "--duration", "soon"}, FLAGS, OPTIONS);

        assertThatThrownBy(() -> line.date("--from")).isInstanceOf(UsageException.class)
                .hasMessage("--from needs a date like 2026-01-31, not '2026-02-30'");
        assertThatThrownBy(() -> line.integer("--limit", 1, 100)).isInstanceOf(UsageException.class)
                .hasMessage("--limit needs a whole number from 1 to 100, not '0'");
        assertThatThrownBy(() -> line.duration("--duration")).isInstanceOf(UsageException.class)
                .hasMessageStartingWith("--duration needs a positive duration like 30s");
    }

    @Test
    void parsesDatesHugeNumbersAndDurationsInEveryUnit() throws UsageException {
        assertThat(CommandLine.parse(new String[] {"--from", "2026-01-31"}, FLAGS, OPTIONS).date("--from"))
                .contains(LocalDate.of(2026, 1, 31));
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"--limit", "99999999999999999999"}, FLAGS, OPTIONS)
                .integer("--limit", 1, Integer.MAX_VALUE)).isInstanceOf(UsageException.class);
        assertThat(duration("500ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(duration("30s")).isEqualTo(Duration.ofSeconds(30));
        assertThat(duration("5m")).isEqualTo(Duration.ofMinutes(5));
        assertThat(duration("2H")).isEqualTo(Duration.ofHours(2));
        assertThatThrownBy(() -> duration("0s")).isInstanceOf(UsageException.class);
    }

    private static Duration duration(String text) throws UsageException {
        return CommandLine.parse(new String[] {"--duration", text}, FLAGS, OPTIONS).duration("--duration").orElseThrow();
    }
}
