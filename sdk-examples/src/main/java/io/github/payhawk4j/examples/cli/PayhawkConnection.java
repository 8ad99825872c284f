package io.github.payhawk4j.examples.cli;

import io.github.payhawk4j.client.PayhawkClient;
import io.github.payhawk4j.sandbox.PayhawkSandbox;

import java.io.PrintStream;
import java.util.Map;
import java.util.Optional;

/**
 * The client a program works with, and the seeded local sandbox behind it when run with {@code --sandbox}.
 * Settings come from the environment: {@value #API_KEY} (required), {@value #ACCOUNT_ID} (required) and
 * {@value #BASE_URL} (default {@value PayhawkClient#DEFAULT_BASE_URL}). Closing stops the sandbox, if any.
 */
final class PayhawkConnection implements AutoCloseable {

    /** The variable holding the API key. */
    static final String API_KEY = "PAYHAWK_API_KEY";
    /** The variable holding the account id. */
    static final String ACCOUNT_ID = "PAYHAWK_ACCOUNT_ID";
    /** The variable holding the API's base URL. */
    static final String BASE_URL = "PAYHAWK_BASE_URL";

    /** The lines every program's {@code --help} ends with. */
    static final String SETTINGS_HELP = """
            Connection (environment):
              PAYHAWK_API_KEY      the API key (required unless --sandbox)
              PAYHAWK_ACCOUNT_ID   the account id (required unless --sandbox)
              PAYHAWK_BASE_URL     default https://api.payhawk.com
              --sandbox            ignore these and use a seeded local sandbox instead
            """;

    private final PayhawkClient client;
    private final PayhawkSandbox sandbox;

    private PayhawkConnection(PayhawkClient client, PayhawkSandbox sandbox) {
        this.client = client;
        this.sandbox = sandbox;
    }

    /**
     * A connection to the Payhawk API named by the environment.
     *
     * @param program the program's name, sent in the {@code User-Agent}
     * @throws ConfigurationException if a required variable is missing or the base URL is not acceptable
     */
    static PayhawkConnection fromEnvironment(Map<String, String> environment, String program)
            throws ConfigurationException {
        String apiKey = required(environment, API_KEY);
        String accountId = required(environment, ACCOUNT_ID);
        String baseUrl = Optional.ofNullable(environment.get(BASE_URL)).filter(url -> !url.isBlank())
                .orElse(PayhawkClient.DEFAULT_BASE_URL).strip();
        try {
            return new PayhawkConnection(client(apiKey, accountId, baseUrl, program), null);
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException(BASE_URL + " '" + baseUrl + "' is not usable: " + e.getMessage());
        }
    }

    /** A fresh local sandbox with demo data if {@code sandbox}, else the API the environment points at. */
    static PayhawkConnection open(boolean sandbox, Map<String, String> environment, String program, PrintStream out)
            throws ConfigurationException {
        return sandbox ? sandbox(program, out) : fromEnvironment(environment, program);
    }

    /**
     * Starts a seeded local sandbox (see {@link DemoSandbox}) and connects to it; says so on {@code out}.
     *
     * @param program the program's name, sent in the {@code User-Agent}
     */
    static PayhawkConnection sandbox(String program, PrintStream out) {
        out.println("Starting a local Payhawk sandbox with demo data ...");
        PayhawkSandbox sandbox = DemoSandbox.start();
        out.println("Sandbox API at " + sandbox.baseUrl() + ", account " + sandbox.accountId());
        out.println();
        return new PayhawkConnection(client(sandbox.apiKey(), sandbox.accountId(), sandbox.baseUrl(), program),
                sandbox);
    }

    /** Whether {@link #API_KEY} is set, i.e. whether {@link #fromEnvironment} can work. */
    static boolean apiKeyIn(Map<String, String> environment) {
        String apiKey = environment.get(API_KEY);
        return apiKey != null && !apiKey.isBlank();
    }

    /** The client. */
    PayhawkClient client() {
        return client;
    }

    /** The sandbox behind the client, when started with {@link #sandbox}. */
    Optional<PayhawkSandbox> localSandbox() {
        return Optional.ofNullable(sandbox);
    }

    /** Stops the sandbox, if any. */
    @Override
    public void close() {
        if (sandbox != null) {
            sandbox.close();
        }
    }

    private static PayhawkClient client(String apiKey, String accountId, String baseUrl, String program) {
        return PayhawkClient.builder()
                .apiKey(apiKey)
                .accountId(accountId)
                .baseUrl(baseUrl)
                .appInfo("payhawk4j-examples-" + program)
                .build();
    }

    private static String required(Map<String, String> environment, String name) throws ConfigurationException {
        String value = environment.get(name);
        if (value == null || value.isBlank()) {
            throw new ConfigurationException(name + " is not set; set it, or pass --sandbox to try the program "
                    + "against a local sandbox");
        }
        return value.strip();
    }
}
