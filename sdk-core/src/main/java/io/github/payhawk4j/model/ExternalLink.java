package io.github.payhawk4j.model;

import java.util.Objects;

/**
 * A link from a Payhawk object to the matching record in an external system, e.g. the document an ERP
 * booked an expense as ({@code IExternalLink}).
 *
 * @param title title of the external link, shown in Payhawk
 * @param url URL of the external link
 */
public record ExternalLink(String title, String url) {

    /** A link titled {@code title} to {@code url}; both are required by the API. */
    public static ExternalLink of(String title, String url) {
        return new ExternalLink(Objects.requireNonNull(title, "title"), Objects.requireNonNull(url, "url"));
    }
}
