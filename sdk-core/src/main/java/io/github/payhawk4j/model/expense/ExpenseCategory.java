package io.github.payhawk4j.model.expense;

import java.time.Instant;

/**
 * The category an expense is booked under ({@code IExpenseCategory}).
 *
 * @param id unique identifier of the category
 * @param name name of the category
 * @param fullName the full name of the category including its parent, e.g. {@code Travel / Taxis}
 * @param parentId identifier of the parent category
 * @param createdAt date the category was created
 */
public record ExpenseCategory(
        String id,
        String name,
        String fullName,
        String parentId,
        Instant createdAt) {
}
