package io.github.payhawk4j.examples.cli;

import io.github.payhawk4j.model.webhook.EnsuredSubscription;
import io.github.payhawk4j.model.webhook.EventType;
import io.github.payhawk4j.model.webhook.WebhookSubscription;

import java.io.PrintStream;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Lists, creates, ensures and deletes the account's webhook subscriptions from the command line.
 * Run {@code ManageSubscriptions --help} for the commands, or see docs/examples.md.
 */
public final class ManageSubscriptions {

    static final String USAGE = """
            Usage: ManageSubscriptions [--sandbox] <command>
            Manages the account's webhook subscriptions.

            Commands:
              list                                 show every subscription
              create <eventType> <callbackUrl>     subscribe (a second call makes a second subscription)
              ensure <eventType> <callbackUrl>     subscribe unless already subscribed (safe to repeat)
              delete <subscriptionId>              unsubscribe

            Event types:
            """ + EventType.knownValues().stream().map(type -> "  " + type.value()).collect(Collectors.joining("\n"))
            + "\n\nCallback URLs must be https://, except loopback ones (http://127.0.0.1:...) on the sandbox.\n\n"
            + "Options:\n"
            + "  --sandbox   run against a local sandbox with demo data\n"
            + "  --help      show this help\n\n"
            + PayhawkConnection.SETTINGS_HELP + """

            Run from the repository root:
              ./mvnw -q -Pdemo package -DskipTests -Ddemo.main=io.github.payhawk4j.examples.cli.ManageSubscriptions \\
                  -Ddemo.args="--sandbox ensure expense.reviewed http://127.0.0.1:8787/payhawk/webhooks"
            """;

    /** Where the subscriptions seeded in {@code --sandbox} mode point (never called: no events follow). */
    static final String SANDBOX_CALLBACK_URL = "https://erp.example.com/payhawk/webhooks";
    /** The event types of the subscriptions seeded in {@code --sandbox} mode. */
    static final List<EventType> SANDBOX_SUBSCRIPTIONS = List.of(EventType.EXPENSE_REVIEWED, EventType.PAYMENT_SETTLED);

    private static final DateTimeFormatter CREATED = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);

    private ManageSubscriptions() {
    }

    /** What the command line asks for. */
    private record Request(boolean sandbox, Command command) {
    }

    private static final CommandLineProgram<Request> PROGRAM = new CommandLineProgram<>("ManageSubscriptions", USAGE,
            Set.of("--sandbox"), Set.of(),
            commandLine -> new Request(commandLine.has("--sandbox"), Command.of(commandLine.positionals())),
            ManageSubscriptions::manage);

    /** Runs the program with the process's environment and exits with its status. */
    public static void main(String[] args) {
        PROGRAM.main(args);
    }

    /** Runs the program with {@code environment} as its connection settings; returns the exit status. */
    static int run(String[] args, Map<String, String> environment, PrintStream out, PrintStream err) {
        return PROGRAM.run(args, environment, out, err);
    }

    private static int manage(Request request, Map<String, String> environment, PrintStream out, PrintStream err)
            throws ConfigurationException {
        try (PayhawkConnection connection = PayhawkConnection.open(request.sandbox(), environment,
                "ManageSubscriptions", out)) {
            if (connection.localSandbox().isPresent()) {
                seedSubscriptions(connection, out);
            }
            request.command().run(connection, out);
            return ExitStatus.OK;
        }
    }

    /** Gives the fresh sandbox an ERP's subscriptions, so that {@code list} and {@code delete} have something to show. */
    private static void seedSubscriptions(PayhawkConnection connection, PrintStream out) {
        for (EventType type : SANDBOX_SUBSCRIPTIONS) {
            connection.client().webhooks().create(type, SANDBOX_CALLBACK_URL);
        }
        out.println("Seeded the sandbox with " + SANDBOX_SUBSCRIPTIONS.size() + " subscriptions for "
                + SANDBOX_CALLBACK_URL);
        out.println();
    }

    /** One command with its arguments, checked before anything is sent. */
    private record Command(String name, EventType eventType, String argument) {

        static Command of(List<String> words) throws UsageException {
            if (words.isEmpty()) {
                throw new UsageException("a command is needed: list, create, ensure or delete");
            }
            String name = words.get(0);
            List<String> arguments = words.subList(1, words.size());
            return switch (name) {
                case "list" -> {
                    expect(name, arguments, 0, "list");
                    yield new Command(name, null, null);
                }
                case "create", "ensure" -> {
                    expect(name, arguments, 2, name + " <eventType> <callbackUrl>");
                    yield new Command(name, eventType(arguments.get(0)), arguments.get(1));
                }
                case "delete" -> {
                    expect(name, arguments, 1, "delete <subscriptionId>");
                    yield new Command(name, null, arguments.get(0));
                }
                default -> throw new UsageException("unknown command '" + name
                        + "'; use list, create, ensure or delete");
            };
        }

        void run(PayhawkConnection connection, PrintStream out) {
            var webhooks = connection.client().webhooks();
            switch (name) {
                case "list" -> {
                    List<WebhookSubscription> subscriptions = webhooks.list();
                    if (!subscriptions.isEmpty()) {
                        print(subscriptions, out);
                        out.println();
                    }
                    out.println(subscriptions.size() + (subscriptions.size() == 1 ? " subscription" : " subscriptions"));
                }
                case "create" -> {
                    WebhookSubscription created = webhooks.create(eventType, argument);
                    print(List.of(created), out);
                    out.println();
                    out.println("Created subscription " + created.id());
                }
                case "ensure" -> {
                    Set<String> before = webhooks.list().stream().map(WebhookSubscription::id).collect(Collectors.toSet());
                    EnsuredSubscription ensured = webhooks.ensure(eventType, argument);
                    WebhookSubscription subscription = ensured.subscription();
                    print(List.of(subscription), out);
                    out.println();
                    out.println(before.contains(subscription.id())
                            ? "Already subscribed: " + subscription.id()
                            : "Created subscription " + subscription.id());
                    ensured.deliveryGapSince().ifPresent(since -> out.println("Payhawk had deactivated the previous"
                            + " subscription: deliveries since " + since + " may be missing"));
                }
                default -> {
                    webhooks.delete(argument);
                    out.println("Deleted subscription " + argument);
                }
            }
        }

        private static void expect(String name, List<String> arguments, int count, String form)
                throws UsageException {
            if (arguments.size() != count) {
                throw new UsageException(name + " takes " + (count == 0 ? "no arguments" : count == 1
                        ? "one argument" : count + " arguments") + ": " + form);
            }
        }

        private static EventType eventType(String text) throws UsageException {
            EventType type = EventType.of(text);
            if (!type.isKnown()) {
                throw new UsageException("unknown event type '" + text + "'; see --help for the known ones");
            }
            return type;
        }

        private static void print(List<WebhookSubscription> subscriptions, PrintStream out) {
            TextTable table = new TextTable(
                    TextTable.Column.left("ID"),
                    TextTable.Column.left("EVENT TYPE"),
                    TextTable.Column.left("STATUS"),
                    TextTable.Column.left("CREATED"),
                    TextTable.Column.left("CALLBACK URL"));
            subscriptions.stream()
                    .sorted(Comparator.comparing(WebhookSubscription::createdAt,
                            Comparator.nullsFirst(Comparator.naturalOrder())))
                    .forEach(subscription -> table.addRow(
                            subscription.id(),
                            subscription.eventType() == null ? null : subscription.eventType().value(),
                            subscription.status() == null ? null : subscription.status().value(),
                            subscription.createdAt() == null ? null : CREATED.format(subscription.createdAt()),
                            subscription.callbackUrl()));
            table.print(out);
        }
    }
}
