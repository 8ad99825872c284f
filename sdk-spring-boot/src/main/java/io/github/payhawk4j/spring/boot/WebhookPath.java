package io.github.payhawk4j.spring.boot;

/** Checks {@code payhawk.webhooks.path}: one exact path, which the filter owns. */
final class WebhookPath {

    static final String PROPERTY = "payhawk.webhooks.path";

    private WebhookPath() {
    }

    /** {@return the path, checked} @throws PayhawkConfigurationException if it is not one exact absolute path */
    static String require(String path) {
        if (path == null || !path.startsWith("/") || path.length() < 2 || path.contains("*") || path.contains("?")
                || path.chars().anyMatch(c -> c <= ' ')) {
            throw new PayhawkConfigurationException(PROPERTY, "'" + path + "' is not a path the filter can own",
                    "Set " + PROPERTY + " to one exact path without wildcards or query, e.g. /payhawk/webhooks:"
                            + " the filter answers every request to it and nothing else.");
        }
        return path;
    }
}
