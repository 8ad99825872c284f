package io.github.payhawk4j.model.expense;

import io.github.payhawk4j.model.ExternalLink;

import java.util.List;

/**
 * A partial update of an expense, the body of {@code PATCH /expenses/{id}} ({@code IExpensePatch}).
 *
 * <p>A null component is not sent and leaves that part of the expense unchanged; an empty list is sent
 * as {@code []}.
 *
 * @param externalLinks links to external system records, replacing the expense's current ones; null to leave them
 */
public record ExpensePatch(List<ExternalLink> externalLinks) {

    /** Copies {@code externalLinks}; unlike response lists, null stays null because it means "unchanged". */
    public ExpensePatch {
        externalLinks = externalLinks == null ? null : List.copyOf(externalLinks);
    }

    /** A patch that sets the expense's external links to {@code externalLinks}. */
    public static ExpensePatch externalLinks(List<ExternalLink> externalLinks) {
        return new ExpensePatch(List.copyOf(externalLinks));
    }
}
