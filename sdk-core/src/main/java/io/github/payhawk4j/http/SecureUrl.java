package io.github.payhawk4j.http;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Pattern;

/**
 * The rules for a URL the SDK sends the API key to (the base URL) or asks Payhawk to deliver to (a callback URL):
 * absolute, {@code https} (plain {@code http} only for loopback hosts, for local sandboxes), and without user info
 * ({@code user:password@}), which Payhawk does not use and which would otherwise be printed wherever the URL is.
 * Messages never repeat the user info of a refused URL.
 */
public final class SecureUrl {

    private static final Pattern USER_INFO = Pattern.compile("(?<=//)[^/?#]*@");

    private SecureUrl() {
    }

    /**
     * The parsed URL, if it follows the rules.
     *
     * @param name       what the URL is, for messages, e.g. {@code "baseUrl"}
     * @param value      the URL
     * @param whyHttps   why plain http is refused, for the message, e.g. {@code "Payhawk only delivers to HTTPS"}
     * @throws IllegalArgumentException if the URL is not absolute, not HTTPS (or loopback HTTP), or has user info
     */
    public static URI require(String name, String value, String whyHttps) {
        if (value == null) {
            throw new NullPointerException(name);
        }
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(name + " is not a valid URL (" + e.getReason() + " at index " + e.getIndex()
                    + "): " + withoutUserInfo(value));
        }
        if (uri.getRawUserInfo() != null || (uri.getRawAuthority() != null && uri.getRawAuthority().contains("@"))) {
            throw new IllegalArgumentException(name + " must not contain user info (credentials before the host), was " + withoutUserInfo(value)
                    + (name.equals("baseUrl") ? "; Payhawk authenticates with the API key" : ""));
        }
        if (uri.getHost() == null || !uri.isAbsolute()) {
            throw new IllegalArgumentException(name + " must be an absolute https:// URL with a host, was " + value);
        }
        boolean https = "https".equalsIgnoreCase(uri.getScheme());
        boolean loopbackHttp = "http".equalsIgnoreCase(uri.getScheme()) && LoopbackHosts.isLoopback(uri.getHost());
        if (!https && !loopbackHttp) {
            throw new IllegalArgumentException(name + " must use https:// (" + whyHttps + "), was " + value);
        }
        return uri;
    }

    /** {@code url} with any user info replaced by {@code ***}, for messages. */
    static String withoutUserInfo(String url) {
        return USER_INFO.matcher(url).replaceFirst("***@");
    }
}
