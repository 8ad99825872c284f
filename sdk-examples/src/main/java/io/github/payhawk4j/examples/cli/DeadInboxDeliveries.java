package io.github.payhawk4j.examples.cli;

import io.github.payhawk4j.webhooks.delivery.DeliveryStorageException;
import io.github.payhawk4j.webhooks.inbox.DeadDeliveries;
import io.github.payhawk4j.webhooks.inbox.DeadDelivery;
import io.github.payhawk4j.webhooks.inbox.WebhookInbox;

import java.io.PrintStream;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lists and replays the webhook deliveries a {@link WebhookInbox} parked as dead, straight from its database: the
 * operator's tool for after the cause (an ERP outage, a bug) is fixed. Run {@code DeadInboxDeliveries --help}.
 */
public final class DeadInboxDeliveries {

    /** The environment variable with the database's JDBC URL. */
    static final String URL_VARIABLE = "PAYHAWK_INBOX_JDBC_URL";
    /** The environment variable with the database user, if it needs one. */
    static final String USER_VARIABLE = "PAYHAWK_INBOX_DB_USER";
    /** The environment variable with the database password, if it needs one (never a command-line argument). */
    static final String PASSWORD_VARIABLE = "PAYHAWK_INBOX_DB_PASSWORD";

    static final String USAGE = """
            Usage: DeadInboxDeliveries [--table <name>] <command>
            Lists and replays the webhook deliveries a WebhookInbox parked as dead after its last attempt.

            Commands:
              list [--limit <n>]      show dead deliveries, oldest first (default 50)
              replay <deliveryId>     make one dead delivery pending again, with fresh attempts
              replay-all              make every dead delivery pending again

            Options:
              --table <name>          the inbox table (default payhawk_webhook_inbox)
              --limit <n>             how many to list, 1 to 10000
              --help                  show this help

            Settings (environment):
              PAYHAWK_INBOX_JDBC_URL      the inbox's database, e.g. jdbc:postgresql://db:5432/erp (required)
              PAYHAWK_INBOX_DB_USER       its user, if it needs one
              PAYHAWK_INBOX_DB_PASSWORD   its password, if it needs one

            A running inbox on any node picks replayed deliveries up within its poll interval.
            """;

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);

    private DeadInboxDeliveries() {
    }

    /** Runs the program with the process's environment and exits with its status. */
    public static void main(String[] args) {
        ProgramLogging.quietLibraries();
        System.exit(run(args, System.getenv(), System.out, System.err));
    }

    /**
     * Runs the program with {@code environment} as its settings.
     *
     * @return the exit status: 0 done, 1 failed (database, or nothing to replay), 2 wrong command line
     */
    static int run(String[] args, Map<String, String> environment, PrintStream out, PrintStream err) {
        CommandLine commandLine;
        int limit;
        try {
            commandLine = CommandLine.parse(args, Set.of(), Set.of("--table", "--limit"));
            if (commandLine.wantsHelp()) {
                out.print(USAGE);
                return ExitStatus.OK;
            }
            limit = commandLine.integer("--limit", 1, 10_000).orElse(50);
            checkCommand(commandLine.positionals());
        } catch (UsageException e) {
            err.println("DeadInboxDeliveries: " + e.getMessage());
            err.print(USAGE);
            return ExitStatus.USAGE;
        }
        String url = environment.get(URL_VARIABLE);
        if (url == null || url.isBlank()) {
            err.println("error: set " + URL_VARIABLE + " to the JDBC URL of the inbox's database");
            return ExitStatus.FAILED;
        }
        DeadDeliveries dead;
        try {
            dead = DeadDeliveries.of(new JdbcUrlDataSource(url, environment.get(USER_VARIABLE),
                    environment.get(PASSWORD_VARIABLE)), commandLine.value("--table").orElse(WebhookInbox.DEFAULT_TABLE));
        } catch (IllegalArgumentException e) {
            err.println("DeadInboxDeliveries: --table: " + e.getMessage());
            return ExitStatus.USAGE;
        }
        List<String> words = commandLine.positionals();
        try {
            return switch (words.get(0)) {
                case "list" -> list(dead, limit, out);
                case "replay" -> replay(dead, words.get(1), out, err);
                default -> {
                    int replayed = dead.replayAll();
                    out.println("Replayed " + replayed + (replayed == 1 ? " dead delivery" : " dead deliveries"));
                    yield ExitStatus.OK;
                }
            };
        } catch (DeliveryStorageException e) {
            // The driver's message names the problem (unreachable host, missing table); it holds no secret.
            Throwable cause = e.getCause() == null ? e : e.getCause();
            err.println("error: " + e.getMessage() + ": " + cause.getMessage());
            return ExitStatus.FAILED;
        }
    }

    private static void checkCommand(List<String> words) throws UsageException {
        if (words.isEmpty()) {
            throw new UsageException("a command is needed: list, replay or replay-all");
        }
        int arguments = switch (words.get(0)) {
            case "list", "replay-all" -> 0;
            case "replay" -> 1;
            default -> throw new UsageException("unknown command '" + words.get(0)
                    + "'; use list, replay or replay-all");
        };
        if (words.size() - 1 != arguments) {
            throw new UsageException(words.get(0) + (arguments == 0 ? " takes no arguments"
                    : " takes one argument: replay <deliveryId>"));
        }
    }

    private static int list(DeadDeliveries dead, int limit, PrintStream out) {
        List<DeadDelivery> deliveries = dead.list(limit);
        if (!deliveries.isEmpty()) {
            TextTable table = new TextTable(
                    TextTable.Column.left("DELIVERY"),
                    TextTable.Column.left("EVENT TYPE"),
                    TextTable.Column.left("RESOURCE"),
                    TextTable.Column.right("ATTEMPTS"),
                    TextTable.Column.left("RECEIVED"),
                    TextTable.Column.left("DIED"),
                    TextTable.Column.left("LAST ERROR", 100));
            for (DeadDelivery delivery : deliveries) {
                table.addRow(delivery.deliveryId(), delivery.eventType(), delivery.resourceKey(),
                        String.valueOf(delivery.attempts()), TIME.format(delivery.receivedAt()),
                        TIME.format(delivery.diedAt()), delivery.lastError());
            }
            table.print(out);
            out.println();
        }
        out.println(deliveries.size() + (deliveries.size() == 1 ? " dead delivery" : " dead deliveries")
                + (deliveries.size() == limit ? " (the first " + limit + "; more with --limit)" : ""));
        return ExitStatus.OK;
    }

    private static int replay(DeadDeliveries dead, String deliveryId, PrintStream out, PrintStream err) {
        if (!dead.replay(deliveryId)) {
            err.println("error: no dead delivery " + deliveryId + " (unknown, or not dead); see the list command");
            return ExitStatus.FAILED;
        }
        out.println("Replayed " + deliveryId + ": pending again, with fresh attempts");
        return ExitStatus.OK;
    }
}
