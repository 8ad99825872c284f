package io.github.payhawk4j.examples.demo;

import io.github.payhawk4j.examples.erp.ErpLedger;
import io.github.payhawk4j.examples.partnerapp.InboxDatabase;
import io.github.payhawk4j.sandbox.PayhawkSandbox;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The demo the README runs: a partner app keeps an ERP ledger in sync with Payhawk through verified webhooks
 * during one business day, on a local sandbox with zero configuration (or on the real API, see
 * {@link DemoOptions#USAGE}). Exit code 0 only if every event was processed exactly once and the ledger
 * balances; 1 with the reasons otherwise; 2 for a usage error.
 */
public final class BusinessDayDemo {

    /** How long the sandbox may take to finish its deliveries each time the demo waits for them. */
    static final Duration DELIVERY_TIMEOUT = Duration.ofSeconds(30);

    private BusinessDayDemo() {
    }

    /**
     * Runs the demo and exits with its verdict.
     *
     * @param args {@code --help}, {@code --postgres <jdbc-url>}, {@code --duration <time>} (live mode)
     */
    public static void main(String[] args) {
        // Library logs at warn so the demo's own lines tell the story; -D options on the command line still win.
        defaultProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        // The demo announces its injected handler failure itself; the dispatcher's stack trace for it is noise.
        defaultProperty("org.slf4j.simpleLogger.log.io.github.payhawk4j.webhooks.WebhookDispatcher", "error");
        // The afternoon's outage is announced by the demo too; the monitor's warnings about its gaps would repeat it.
        defaultProperty("org.slf4j.simpleLogger.log.io.github.payhawk4j.webhooks.catchup", "error");
        System.exit(run(args, System.getenv(), System.out, System.err));
    }

    /**
     * Runs the demo.
     *
     * @return the exit code: 0 success, 1 a failed check, 2 a usage or configuration error
     */
    static int run(String[] args, Map<String, String> environment, PrintStream out, PrintStream err) {
        DemoOptions options;
        Optional<LiveSettings> live;
        try {
            options = DemoOptions.parse(args);
            live = LiveSettings.from(environment);
            String url = options.postgresUrl().orElse(environment.get(DemoOptions.JDBC_URL_VARIABLE));
            if (url != null && !url.startsWith("jdbc:postgresql:")) {
                throw new IllegalArgumentException(DemoOptions.JDBC_URL_VARIABLE
                        + " must be a PostgreSQL JDBC URL (jdbc:postgresql://host:port/database)");
            }
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            err.println();
            err.print(DemoOptions.USAGE);
            return 2;
        }
        if (options.help()) {
            out.print(DemoOptions.USAGE);
            return 0;
        }
        DemoOutcome outcome;
        try (InboxDatabase inbox = inboxDatabase(options, environment)) {
            outcome = live.isPresent() ? runLive(live.get(), options, inbox, out) : runOnSandbox(inbox, out);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("error: interrupted");
            return 1;
        } catch (RuntimeException e) {
            err.println("error: the demo stopped: " + e);
            return 1;
        }
        return verdict(outcome, out, err);
    }

    /** On PostgreSQL if {@code --postgres} or {@code PAYHAWK_DEMO_JDBC_URL} says so, else a fresh in-memory H2. */
    private static InboxDatabase inboxDatabase(DemoOptions options, Map<String, String> environment) {
        Optional<String> url = options.postgresUrl().or(
                () -> Optional.ofNullable(environment.get(DemoOptions.JDBC_URL_VARIABLE)).filter(u -> !u.isBlank()));
        return url.map(u -> InboxDatabase.postgres(u, environment.get(DemoOptions.JDBC_USER_VARIABLE),
                        environment.get(DemoOptions.JDBC_PASSWORD_VARIABLE)))
                .orElseGet(InboxDatabase::inMemory);
    }

    private static DemoOutcome runOnSandbox(InboxDatabase inbox, PrintStream out) {
        out.println("payhawk4j demo: one business day, a partner app, an ERP ledger, a local Payhawk sandbox");
        out.println();
        try (PayhawkSandbox sandbox = SandboxBusinessDay.sandboxBuilder().start();
             ErpLedger ledger = ErpLedger.inMemory()) {
            return new SandboxBusinessDay(sandbox, ledger, inbox, out, DELIVERY_TIMEOUT).run();
        }
    }

    private static DemoOutcome runLive(LiveSettings settings, DemoOptions options, InboxDatabase inbox, PrintStream out)
            throws InterruptedException {
        out.println("payhawk4j demo: live mode against " + settings.baseUrl() + ", account " + settings.accountId());
        CountDownLatch stop = new CountDownLatch(1);
        CountDownLatch finished = new CountDownLatch(1);
        Thread onCtrlC = new Thread(() -> {
            stop.countDown();
            try {
                // Let the summary print before the JVM goes.
                finished.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "demo-shutdown");
        Runtime.getRuntime().addShutdownHook(onCtrlC);
        try {
            return new LiveSync(settings, inbox, out).run(options.duration(), stop);
        } finally {
            finished.countDown();
        }
    }

    private static void defaultProperty(String name, String value) {
        if (System.getProperty(name) == null) {
            System.setProperty(name, value);
        }
    }

    private static int verdict(DemoOutcome outcome, PrintStream out, PrintStream err) {
        out.println();
        if (outcome.succeeded()) {
            out.println("OK: every event was processed exactly once and the ledger balances.");
            return 0;
        }
        err.println("FAILED:");
        outcome.problems().forEach(problem -> err.println("  - " + problem));
        return 1;
    }
}
