package io.github.payhawk4j.examples.demo;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/**
 * The demo's command line: {@code --help}, {@code --postgres} for where the partner app's webhook inbox is, and
 * {@code --duration} for how long the live mode listens.
 *
 * @param help        whether usage was asked for
 * @param postgresUrl the PostgreSQL database for the inbox; empty means {@code PAYHAWK_DEMO_JDBC_URL} if set, else an
 *                    in-memory H2
 * @param duration    how long to process live deliveries; empty means until Ctrl-C
 */
record DemoOptions(boolean help, Optional<String> postgresUrl, Optional<Duration> duration) {

    /** The environment variable with the inbox's PostgreSQL JDBC URL, when {@code --postgres} is not given. */
    static final String JDBC_URL_VARIABLE = "PAYHAWK_DEMO_JDBC_URL";
    /** The environment variable with the PostgreSQL user (optional; it may be in the URL). */
    static final String JDBC_USER_VARIABLE = "PAYHAWK_DEMO_JDBC_USER";
    /** The environment variable with the PostgreSQL password (optional; it may be in the URL). */
    static final String JDBC_PASSWORD_VARIABLE = "PAYHAWK_DEMO_JDBC_PASSWORD";

    static final String USAGE = """
            Usage: BusinessDayDemo [--postgres <jdbc-url>] [--duration <time>] [--help]

            Without environment variables: plays a business day on a local Payhawk sandbox (no account, no
            network) and exits 0 only if every webhook was processed exactly once and the ledger balances.

            With PAYHAWK_API_KEY, PAYHAWK_ACCOUNT_ID and PAYHAWK_CALLBACK_URL set: runs the same partner app
            against the real Payhawk API, subscribes the callback URL and processes real deliveries until
            Ctrl-C or --duration. Optional: PAYHAWK_BASE_URL, PARTNER_APP_HOST (default 127.0.0.1),
            PARTNER_APP_PORT (default 8080).

            The partner app receives webhooks through a durable inbox (WebhookInbox): each verified delivery is
            stored and answered 200 at once, then processed by worker threads that retry a failed handler. The
            inbox table is in an in-memory H2 database unless --postgres or PAYHAWK_DEMO_JDBC_URL names a
            PostgreSQL database (PAYHAWK_DEMO_JDBC_USER and PAYHAWK_DEMO_JDBC_PASSWORD, or in the URL); the table
            payhawk_webhook_inbox is created there if missing, and its rows are kept.

              --postgres <jdbc-url>  the inbox on PostgreSQL, e.g. jdbc:postgresql://localhost:5432/payhawk
              --duration <time>      live mode only: stop after this long, e.g. 90s, 10m, 1h or PT10M
              --help                 print this text
            """;

    /**
     * Parses the arguments.
     *
     * @throws IllegalArgumentException naming the argument that is wrong
     */
    static DemoOptions parse(String[] args) {
        boolean help = false;
        String postgresUrl = null;
        Duration duration = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--help", "-h" -> help = true;
                case "--postgres" -> {
                    if (i + 1 == args.length || !args[i + 1].startsWith("jdbc:postgresql:")) {
                        throw new IllegalArgumentException("--postgres needs a PostgreSQL JDBC URL, e.g."
                                + " --postgres jdbc:postgresql://localhost:5432/payhawk");
                    }
                    postgresUrl = args[++i];
                }
                case "--duration" -> {
                    if (i + 1 == args.length) {
                        throw new IllegalArgumentException("--duration needs a value, e.g. --duration 10m");
                    }
                    duration = duration(args[++i]);
                }
                default -> throw new IllegalArgumentException("unknown argument: " + args[i]);
            }
        }
        return new DemoOptions(help, Optional.ofNullable(postgresUrl), Optional.ofNullable(duration));
    }

    private static Duration duration(String text) {
        String value = text.trim().toLowerCase(Locale.ROOT);
        try {
            Duration parsed;
            if (value.startsWith("pt")) {
                parsed = Duration.parse(value);
            } else if (value.endsWith("s")) {
                parsed = Duration.ofSeconds(Long.parseLong(value.substring(0, value.length() - 1)));
            } else if (value.endsWith("m")) {
                parsed = Duration.ofMinutes(Long.parseLong(value.substring(0, value.length() - 1)));
            } else if (value.endsWith("h")) {
                parsed = Duration.ofHours(Long.parseLong(value.substring(0, value.length() - 1)));
            } else {
                throw new IllegalArgumentException("--duration needs a unit, e.g. 90s, 10m, 1h or PT10M; was " + text);
            }
            if (parsed.isNegative() || parsed.isZero()) {
                throw new IllegalArgumentException("--duration must be positive, was " + text);
            }
            return parsed;
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new IllegalArgumentException("--duration is not a duration: " + text
                    + " (use e.g. 90s, 10m, 1h or PT10M)", e);
        }
    }
}
