package io.github.payhawk4j.query;

import java.util.List;
import java.util.Map;

/** The orders Payhawk can list bank statement lines in ({@code IBankStatementOrderBy}: by date). */
public enum BankStatementOrder {
    /** Oldest first. */
    DATE_ASC("asc"),
    /** Newest first. */
    DATE_DESC("desc");

    private final String direction;

    BankStatementOrder(String direction) {
        this.direction = direction;
    }

    /** The JSON tree sent in {@code $orderBy}, e.g. {@code [{"date":"asc"}]}. */
    public List<Map<String, String>> toJsonTree() {
        return List.of(Map.of("date", direction));
    }
}
