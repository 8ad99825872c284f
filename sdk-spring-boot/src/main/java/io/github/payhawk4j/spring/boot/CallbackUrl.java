package io.github.payhawk4j.spring.boot;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

/** Checks {@code payhawk.webhooks.callback-url} at start-up, as Payhawk would when subscribing it. */
final class CallbackUrl {

    static final String PROPERTY = "payhawk.webhooks.callback-url";
    private static final Set<String> LOOPBACK_HOSTS = Set.of("127.0.0.1", "localhost", "[::1]", "::1");

    private CallbackUrl() {
    }

    /**
     * {@return the URL, checked}
     *
     * @throws PayhawkConfigurationException if it is not an absolute HTTPS URL (HTTP only to a loopback host) with a
     *                                       host and a path, without user info or fragment
     */
    static String require(String value) {
        URI uri;
        try {
            uri = new URI(value.trim());
        } catch (URISyntaxException e) {
            throw invalid(value, "it is not a valid URL (" + e.getReason() + ")");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        if (host.isEmpty() || uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
            throw invalid(value, "it must be an absolute URL with a host, and no user info or fragment");
        }
        if (!scheme.equals("https") && !(scheme.equals("http") && LOOPBACK_HOSTS.contains(host))) {
            throw invalid(value, "Payhawk delivers only to HTTPS URLs (plain http is accepted for loopback hosts,"
                    + " for a local sandbox)");
        }
        if (uri.getRawPath() == null || uri.getRawPath().isEmpty()) {
            throw invalid(value, "it has no path; Payhawk signs the path, e.g. https://erp.example.com/payhawk/webhooks");
        }
        return uri.toString();
    }

    private static PayhawkConfigurationException invalid(String value, String problem) {
        return new PayhawkConfigurationException(PROPERTY, "'" + value + "' is not a usable callback URL: " + problem,
                "Set " + PROPERTY + " to the public HTTPS URL Payhawk posts deliveries to, e.g."
                        + " https://erp.example.com/payhawk/webhooks (the path the filter answers is"
                        + " payhawk.webhooks.path).");
    }
}
