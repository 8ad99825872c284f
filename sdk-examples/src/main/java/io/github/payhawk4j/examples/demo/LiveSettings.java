package io.github.payhawk4j.examples.demo;

import io.github.payhawk4j.client.PayhawkClient;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the live mode needs from the environment.
 *
 * @param apiKey      PAYHAWK_API_KEY
 * @param accountId   PAYHAWK_ACCOUNT_ID
 * @param callbackUrl PAYHAWK_CALLBACK_URL, the public HTTPS URL Payhawk posts to (forwarded to this machine)
 * @param baseUrl     PAYHAWK_BASE_URL, default {@value PayhawkClient#DEFAULT_BASE_URL}
 * @param host        PARTNER_APP_HOST, the interface the partner app listens on (default 127.0.0.1)
 * @param port        PARTNER_APP_PORT, its port (default 8080)
 */
record LiveSettings(String apiKey, String accountId, String callbackUrl, String baseUrl, String host, int port) {

    private static final List<String> REQUIRED = List.of("PAYHAWK_API_KEY", "PAYHAWK_ACCOUNT_ID", "PAYHAWK_CALLBACK_URL");

    /** Keeps the API key out of logs and stack traces. */
    @Override
    public String toString() {
        return "LiveSettings[accountId=" + accountId + ", callbackUrl=" + callbackUrl + ", baseUrl=" + baseUrl
                + ", host=" + host + ", port=" + port + "]";
    }

    /** The path of the callback URL: where the partner app listens, and what Payhawk signs. */
    String webhookPath() {
        String path = URI.create(callbackUrl).getRawPath();
        return path == null || path.isEmpty() ? "/" : path;
    }

    /**
     * The live settings if the three required variables are set, empty if none is.
     *
     * @throws IllegalArgumentException if only some are set, or a value is malformed
     */
    static Optional<LiveSettings> from(Map<String, String> environment) {
        List<String> missing = new ArrayList<>();
        for (String name : REQUIRED) {
            if (blank(environment.get(name))) {
                missing.add(name);
            }
        }
        if (missing.size() == REQUIRED.size()) {
            return Optional.empty();
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("live mode needs " + String.join(", ", REQUIRED) + "; missing: "
                    + String.join(", ", missing) + " (unset all three to run on the local sandbox)");
        }
        String callbackUrl = environment.get("PAYHAWK_CALLBACK_URL").trim();
        URI callback = URI.create(callbackUrl);
        if (callback.getScheme() == null || callback.getHost() == null) {
            throw new IllegalArgumentException("PAYHAWK_CALLBACK_URL must be an absolute URL, was " + callbackUrl);
        }
        String port = environment.getOrDefault("PARTNER_APP_PORT", "8080").trim();
        try {
            return Optional.of(new LiveSettings(
                    environment.get("PAYHAWK_API_KEY").trim(),
                    environment.get("PAYHAWK_ACCOUNT_ID").trim(),
                    callbackUrl,
                    orDefault(environment.get("PAYHAWK_BASE_URL"), PayhawkClient.DEFAULT_BASE_URL),
                    orDefault(environment.get("PARTNER_APP_HOST"), "127.0.0.1"),
                    Integer.parseInt(port)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("PARTNER_APP_PORT must be a port number, was " + port, e);
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String orDefault(String value, String fallback) {
        return blank(value) ? fallback : value.trim();
    }
}
