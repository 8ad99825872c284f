package io.github.payhawk4j.examples.partnerapp;

import io.github.payhawk4j.examples.erp.JournalEntry;
import io.github.payhawk4j.model.ExternalLink;

import java.util.Objects;

/**
 * Where a journal entry can be opened in the ERP, as the external link written back to the Payhawk expense.
 *
 * @param baseUrl the ERP's address, without a trailing slash, e.g. {@code http://127.0.0.1:8080}
 */
public record ErpDocumentLinks(String baseUrl) {

    /** The path under {@link #baseUrl()} where the partner app shows journal entries. */
    public static final String JOURNAL_PATH = "/erp/journal/";

    /** Checks the base URL and drops a trailing slash. */
    public ErpDocumentLinks {
        Objects.requireNonNull(baseUrl, "baseUrl");
        baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** The link to {@code entry}, titled with its document number. */
    public ExternalLink linkTo(JournalEntry entry) {
        return ExternalLink.of("ERP " + entry.documentNumber(), baseUrl + JOURNAL_PATH + entry.documentNumber());
    }
}
