package io.github.payhawk4j.examples.cli;

import io.github.payhawk4j.client.PayhawkClient;
import io.github.payhawk4j.sandbox.CardPurchase;
import io.github.payhawk4j.sandbox.PayhawkSandbox;
import io.github.payhawk4j.model.webhook.EventType;
import io.github.payhawk4j.webhooks.WebhookDispatcher;
import io.github.payhawk4j.webhooks.WebhookHeaders;
import io.github.payhawk4j.webhooks.WebhookVerifier;
import io.github.payhawk4j.webhooks.key.ApiPublicKeySource;
import io.github.payhawk4j.webhooks.key.FixedPublicKeySource;
import io.github.payhawk4j.webhooks.key.PublicKeySource;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A local webhook receiver that verifies every delivery and pretty-prints it: the verified, local answer to
 * pasting a callback URL into an online request bin. Embedded Jetty 12 with {@code PayhawkWebhookFilter} and a
 * {@code WebhookDispatcher} whose fallback handler prints each delivery; refused requests are printed as
 * {@code REJECTED <status> <reason>} lines. Run {@code WebhookInspector --help} for the options, or see
 * docs/examples.md.
 */
public final class WebhookInspector {

    static final String USAGE = """
            Usage: WebhookInspector [options]
            Receives Payhawk webhook deliveries locally, verifies their signatures and prints them.

            Options:
              --port N                  port to listen on (default 8787)
              --host ADDRESS            address to listen on (default 127.0.0.1)
              --path /PATH              path deliveries are posted to (default /payhawk/webhooks)
              --public-key-file FILE    verify with this key (PEM or OpenSSH ssh-rsa line); default: fetch
                                        Payhawk's key with the API key (GET /api/v3/rsa-public-key)
              --max-deliveries N        stop after N answered requests (verified, duplicate or rejected)
              --duration 30s            stop after this long (ms, s, m, h); with --max-deliveries, exit 1
                                        if fewer arrived
              --sandbox                 start a local sandbox, subscribe this receiver, play a few events
                                        and a forged delivery through it, print them and exit
              --help                    show this help

            """ + PayhawkConnection.SETTINGS_HELP + """
              (with --public-key-file no connection is needed)

            Run from the repository root:
              ./mvnw -q -Pdemo package -DskipTests -Ddemo.main=io.github.payhawk4j.examples.cli.WebhookInspector \\
                  -Ddemo.args="--sandbox"
            """;

    static final int DEFAULT_PORT = 8787;
    static final String DEFAULT_PATH = "/payhawk/webhooks";
    static final String DEFAULT_HOST = "127.0.0.1";

    /** The event types the sandbox demo subscribes to, one per operation it plays. */
    static final List<EventType> SANDBOX_EVENT_TYPES = List.of(EventType.SUPPLIER_CREATED, EventType.EXPENSE_CREATED,
            EventType.EXPENSE_REVIEWED, EventType.PAYMENT_SETTLED);

    private static final Duration SANDBOX_TIMEOUT = Duration.ofSeconds(60);

    private WebhookInspector() {
    }

    private static final CommandLineProgram<Settings> PROGRAM = new CommandLineProgram<>("WebhookInspector", USAGE,
            Set.of("--sandbox"), Set.of("--port", "--host", "--path", "--public-key-file", "--max-deliveries",
                    "--duration"),
            Settings::of, WebhookInspector::inspect);

    /** Runs the program with the process's environment and exits with its status. */
    public static void main(String[] args) {
        PROGRAM.main(args);
    }

    /** Runs the program with {@code environment} as its connection settings; returns the exit status. */
    static int run(String[] args, Map<String, String> environment, PrintStream out, PrintStream err) {
        return PROGRAM.run(args, environment, out, err);
    }

    private static int inspect(Settings settings, Map<String, String> environment, PrintStream out, PrintStream err)
            throws ConfigurationException, InterruptedException {
        return settings.sandbox() ? runSandboxDemo(settings, out, err) : receive(settings, environment, out, err);
    }

    private static int receive(Settings settings, Map<String, String> environment, PrintStream out, PrintStream err)
            throws ConfigurationException, InterruptedException {
        PayhawkConnection connection = null;
        try {
            PublicKeySource keys;
            String keyOrigin;
            if (settings.publicKeyFile().isPresent()) {
                keys = FixedPublicKeySource.parse(read(settings.publicKeyFile().get()));
                keyOrigin = "the key in " + settings.publicKeyFile().get();
            } else if (PayhawkConnection.apiKeyIn(environment)) {
                connection = PayhawkConnection.fromEnvironment(environment, "WebhookInspector");
                keys = ApiPublicKeySource.of(connection.client());
                keys.currentKeys(); // fetch now: a wrong key or URL fails here, not on the first delivery
                keyOrigin = "Payhawk's key from " + Optional.ofNullable(environment.get(PayhawkConnection.BASE_URL))
                        .filter(url -> !url.isBlank()).orElse(PayhawkClient.DEFAULT_BASE_URL);
            } else {
                throw new ConfigurationException("no key to verify deliveries with: pass --public-key-file, or set "
                        + PayhawkConnection.API_KEY + " and " + PayhawkConnection.ACCOUNT_ID
                        + " to fetch Payhawk's key, or try --sandbox");
            }
            DeliveryTally tally = new DeliveryTally();
            try (InspectorServer server = startServer(settings, keys, tally, out)) {
                out.println("Listening on " + server.url() + ", verifying with " + keyOrigin);
                out.println(waitingNote(settings));
                int wanted = settings.maxDeliveries().orElse(Integer.MAX_VALUE);
                boolean reached = tally.await(wanted, settings.duration().orElse(null));
                out.println("Stopped: " + tally.summary());
                if (!reached && settings.maxDeliveries().isPresent()) {
                    err.println("error: " + tally.total() + " of " + wanted + " deliveries arrived within "
                            + settings.duration().map(WebhookInspector::describe).orElse("the time"));
                    return ExitStatus.FAILED;
                }
                return ExitStatus.OK;
            }
        } finally {
            if (connection != null) {
                connection.close();
            }
        }
    }

    private static int runSandboxDemo(Settings settings, PrintStream out, PrintStream err) throws InterruptedException {
        try (PayhawkConnection connection = PayhawkConnection.sandbox("WebhookInspector", out)) {
            PayhawkSandbox sandbox = connection.localSandbox().orElseThrow();
            DeliveryTally tally = new DeliveryTally();
            PublicKeySource keys = ApiPublicKeySource.of(connection.client());
            keys.currentKeys();
            try (InspectorServer server = startServer(settings, keys, tally, out)) {
                String callbackUrl = "http://127.0.0.1:" + server.port() + settings.path();
                out.println("Listening on " + server.url() + ", verifying with the sandbox's key from "
                        + sandbox.baseUrl() + "/api/v3/rsa-public-key");
                for (EventType type : SANDBOX_EVENT_TYPES) {
                    connection.client().webhooks().ensure(type, callbackUrl);
                }
                out.println("Subscribed " + callbackUrl + " to " + SANDBOX_EVENT_TYPES.stream()
                        .map(EventType::value).toList());
                out.println("Playing: a new supplier, a card purchase that is reviewed and settled, "
                        + "and a forged delivery");
                out.println();
                sandbox.account().createSupplier("Deutsche Bahn");
                String expenseId = sandbox.account().createCardExpense(CardPurchase.of("Deutsche Bahn",
                        new BigDecimal("89.90"), "EUR").withTitle("Train MUC-BER").withCategory("Travel", "6100"));
                sandbox.account().reviewExpense(expenseId);
                sandbox.account().settlePayment(expenseId);
                sendForgedDelivery(callbackUrl);

                int expected = SANDBOX_EVENT_TYPES.size() + 1;
                boolean complete = tally.await(expected, settings.duration().orElse(SANDBOX_TIMEOUT))
                        && sandbox.awaitDeliveries(SANDBOX_TIMEOUT);
                out.println("Done: " + tally.summary());
                if (!complete || tally.verifiedCount() != SANDBOX_EVENT_TYPES.size() || tally.rejectedCount() != 1) {
                    err.println("error: expected " + SANDBOX_EVENT_TYPES.size() + " verified deliveries and 1 rejected,"
                            + " got " + tally.summary());
                    return ExitStatus.FAILED;
                }
                return ExitStatus.OK;
            }
        }
    }

    private static InspectorServer startServer(Settings settings, PublicKeySource keys, DeliveryTally tally,
                                               PrintStream out) {
        DeliveryPrinter printer = new DeliveryPrinter(out);
        WebhookDispatcher dispatcher = WebhookDispatcher.builder()
                .verifier(WebhookVerifier.builder().publicKeySource(keys).build())
                .onUnhandled(printer)
                .onError(printer)
                .build();
        return InspectorServer.start(settings.host(), settings.port(), settings.path(), dispatcher,
                new AnswerReporter(settings.path(), out, tally));
    }

    /** Posts a delivery with a current timestamp but a signature made by no key: it must be rejected. */
    private static void sendForgedDelivery(String callbackUrl) throws InterruptedException {
        byte[] signature = new byte[384];
        new SecureRandom().nextBytes(signature);
        String body = "{\"id\":\"forged-1\",\"accountId\":\"sandbox-account\",\"eventType\":\"payment.settled\","
                + "\"payload\":{\"expenseId\":\"exp_1\",\"paymentId\":\"pay_forged\"}}";
        HttpRequest request = HttpRequest.newBuilder(URI.create(callbackUrl))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .header(WebhookHeaders.TIMESTAMP, Instant.now().toString())
                .header(WebhookHeaders.SIGNATURE, Base64.getEncoder().encodeToString(signature))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        try {
            HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            throw new UncheckedIOException("the forged delivery could not be sent: " + e.getMessage(), e);
        }
    }

    private static String waitingNote(Settings settings) {
        if (settings.maxDeliveries().isEmpty() && settings.duration().isEmpty()) {
            return "Waiting for deliveries; stop with Ctrl-C";
        }
        return "Waiting for deliveries; stopping after "
                + settings.maxDeliveries().map(count -> count + (count == 1 ? " delivery" : " deliveries")).orElse("")
                + (settings.maxDeliveries().isPresent() && settings.duration().isPresent() ? " or " : "")
                + settings.duration().map(WebhookInspector::describe).orElse("");
    }

    private static String describe(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + "s" : duration.toMillis() + "ms";
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.US_ASCII);
        } catch (NoSuchFileException e) {
            throw new UncheckedIOException("--public-key-file " + file + " does not exist", e);
        } catch (IOException e) {
            throw new UncheckedIOException("--public-key-file " + file + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** The checked command line. */
    private record Settings(boolean sandbox, String host, int port, String path, Optional<Path> publicKeyFile,
                            Optional<Integer> maxDeliveries, Optional<Duration> duration) {

        static Settings of(CommandLine commandLine) throws UsageException {
            if (!commandLine.positionals().isEmpty()) {
                throw new UsageException("unexpected argument '" + commandLine.positionals().get(0) + "'");
            }
            String path = commandLine.value("--path").orElse(DEFAULT_PATH);
            if (!path.matches("/[A-Za-z0-9._~!$&'()+,;=:@%/-]*")) {
                throw new UsageException("--path must start with / and hold only URL path characters, not '"
                        + path + "'");
            }
            String host = commandLine.value("--host").orElse(DEFAULT_HOST);
            if (host.isBlank()) {
                throw new UsageException("--host needs an address such as 127.0.0.1");
            }
            boolean sandbox = commandLine.has("--sandbox");
            if (sandbox && commandLine.value("--public-key-file").isPresent()) {
                throw new UsageException("--sandbox verifies with the sandbox's own key; leave out --public-key-file");
            }
            return new Settings(sandbox, host,
                    commandLine.integer("--port", 0, 65535).orElse(DEFAULT_PORT),
                    path,
                    commandLine.value("--public-key-file").map(Path::of),
                    commandLine.integer("--max-deliveries", 1, Integer.MAX_VALUE),
                    commandLine.duration("--duration"));
        }
    }
}
