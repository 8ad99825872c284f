package io.github.payhawk4j.sandbox;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

/**
 * Which callback URLs a subscription may use: HTTPS, as Payhawk requires, and, so a local receiver
 * can be tested without TLS, plain HTTP to a loopback host ({@code 127.0.0.1}, {@code localhost}, {@code [::1]}).
 */
final class CallbackUrlPolicy {

    private static final Set<String> LOOPBACK_HOSTS = Set.of("127.0.0.1", "localhost", "[::1]", "::1");

    private CallbackUrlPolicy() {
    }

    /** The callback URL as a URI, or a 400 saying what is wrong with it. */
    static URI check(String callbackUrl) {
        URI uri;
        try {
            uri = new URI(callbackUrl);
        } catch (URISyntaxException e) {
            throw RefusedRequestException.badRequest("callbackUrl is not a valid URI: " + e.getMessage());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        if (host.isEmpty() || uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
            throw RefusedRequestException.badRequest("callbackUrl must be an absolute https:// URL with a host,"
                    + " no user info and no fragment");
        }
        if (scheme.equals("https")) {
            return uri;
        }
        if (scheme.equals("http") && LOOPBACK_HOSTS.contains(host)) {
            return uri;
        }
        throw RefusedRequestException.badRequest("callbackUrl must use HTTPS (plain http is accepted only for"
                + " 127.0.0.1, localhost and [::1] in the sandbox)");
    }
}
