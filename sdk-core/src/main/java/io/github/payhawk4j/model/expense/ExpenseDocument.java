package io.github.payhawk4j.model.expense;

import io.github.payhawk4j.model.DocumentFile;

import java.time.Instant;
import java.util.List;

/**
 * The receipt or invoice behind an expense, with its files ({@code IExpenseDocument}).
 *
 * @param documentDate document issue date
 * @param documentNumber unique identifier of the document
 * @param files the files attached to this document
 * @param dueDate payment due date
 * @param serviceDate date indicating the service period of the document
 * @param documentType document type
 */
public record ExpenseDocument(
        Instant documentDate,
        String documentNumber,
        List<DocumentFile> files,
        Instant dueDate,
        Instant serviceDate,
        DocumentType documentType) {

    /** Copies the lists, so the record stays immutable; an absent list becomes empty. */
    public ExpenseDocument {
        files = files == null ? List.of() : List.copyOf(files);
    }
}
