package io.github.payhawk4j.query;

import java.util.List;
import java.util.Map;

/** The orders Payhawk can list expenses in ({@code IExpenseOrderBy}: one key, ascending). */
public enum ExpenseOrder {
    /** Oldest first. */
    CREATED_AT_ASC("createdAt"),
    /** By expense id. */
    ID_ASC("id");

    private final String field;

    ExpenseOrder(String field) {
        this.field = field;
    }

    /** The JSON tree sent in {@code $orderBy}, e.g. {@code [{"createdAt":"asc"}]}. */
    public List<Map<String, String>> toJsonTree() {
        return List.of(Map.of(field, "asc"));
    }
}
