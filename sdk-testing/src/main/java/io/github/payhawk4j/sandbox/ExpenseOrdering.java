package io.github.payhawk4j.sandbox;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.Iterator;
import java.util.Map;

/**
 * Payhawk's {@code $orderBy} for expenses ({@code IExpenseOrderBy}): a JSON array such as
 * {@code [{"createdAt":"asc"}]} over {@code id} or {@code createdAt}. Besides the documented
 * {@code asc}, {@code desc} is accepted. Without it, expenses come in the order they were created.
 */
final class ExpenseOrdering {

    private ExpenseOrdering() {
    }

    /** The comparator for an {@code $orderBy} tree; a malformed one is a 400. */
    static Comparator<JsonNode> compile(JsonNode orderBy) {
        if (!orderBy.isArray() || orderBy.isEmpty()) {
            throw RefusedRequestException.badRequest("$orderBy must be a non-empty JSON array, e.g. [{\"createdAt\":\"asc\"}]");
        }
        Comparator<JsonNode> order = null;
        for (JsonNode element : orderBy) {
            if (!element.isObject() || element.size() != 1) {
                throw RefusedRequestException.badRequest("Each $orderBy element names one field, e.g. {\"createdAt\":\"asc\"}");
            }
            Map.Entry<String, JsonNode> entry = element.properties().iterator().next();
            Comparator<JsonNode> next = direction(entry.getKey(), entry.getValue(), field(entry.getKey()));
            order = order == null ? next : order.thenComparing(next);
        }
        return order;
    }

    private static Comparator<JsonNode> field(String name) {
        return switch (name) {
            case "id" -> Comparator.comparing((JsonNode expense) -> expense.path("id").asText(), ExpenseOrdering::compareIds);
            case "createdAt" -> Comparator.comparing((JsonNode expense) -> instant(expense.path("createdAt").asText()));
            default -> throw RefusedRequestException.badRequest("Cannot order expenses by '" + name + "'; use id or createdAt");
        };
    }

    private static Comparator<JsonNode> direction(String field, JsonNode value, Comparator<JsonNode> ascending) {
        String direction = value.asText("");
        return switch (direction) {
            case "asc" -> ascending;
            case "desc" -> ascending.reversed();
            default -> throw RefusedRequestException.badRequest("Order of '" + field + "' must be \"asc\", was " + value);
        };
    }

    /** Numeric ids (Payhawk's are) by number, others by text. */
    private static int compareIds(String left, String right) {
        try {
            return Long.compare(Long.parseLong(left), Long.parseLong(right));
        } catch (NumberFormatException notNumeric) {
            return left.compareTo(right);
        }
    }

    private static Instant instant(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            return Instant.MIN;
        }
    }
}
