package io.github.payhawk4j.sandbox;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Payhawk's {@code $filter} language ({@code IExpenseFilter} and its siblings) as a predicate over
 * JSON documents.
 *
 * <p>A filter is an object whose keys are all required to hold: {@code $and} / {@code $or} with an
 * array of filters, or a field, dotted for nested objects ({@code supplier.name}), with conditions
 * {@code $equal}, {@code $notEqual}, {@code $in}, {@code $contains}, {@code $lessThan},
 * {@code $greaterThan}, {@code $lessThanEqual}, {@code $greaterThanEqual} and {@code $empty}. As the API reference says, date-time values are compared
 * by their UTC date only; numbers compare by value ({@code 10.0} equals {@code 10}); {@code $contains}
 * ignores case. A malformed filter is a 400.
 */
final class DocumentFilter {

    private static final Pattern DATE_LIKE = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}([T ].*)?$");

    private DocumentFilter() {
    }

    /** The predicate for a {@code $filter} JSON tree. */
    static Predicate<JsonNode> compile(JsonNode filter) {
        if (!filter.isObject()) {
            throw RefusedRequestException.badRequest("$filter must be a JSON object, e.g. {\"status\":{\"$equal\":\"draft\"}}");
        }
        List<Predicate<JsonNode>> parts = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> fields = filter.properties().iterator(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            switch (field.getKey()) {
                case "$and" -> parts.add(all(subFilters("$and", field.getValue())));
                case "$or" -> parts.add(any(subFilters("$or", field.getValue())));
                default -> parts.add(field(field.getKey(), field.getValue()));
            }
        }
        return all(parts);
    }

    private static List<Predicate<JsonNode>> subFilters(String operator, JsonNode value) {
        if (!value.isArray() || value.isEmpty()) {
            throw RefusedRequestException.badRequest(operator + " needs a non-empty array of filters");
        }
        List<Predicate<JsonNode>> filters = new ArrayList<>();
        value.forEach(filter -> filters.add(compile(filter)));
        return filters;
    }

    private static Predicate<JsonNode> field(String path, JsonNode conditions) {
        if (path.startsWith("$")) {
            throw RefusedRequestException.badRequest("Unknown filter operator " + path + "; use $and or $or at this level");
        }
        if (!conditions.isObject() || conditions.isEmpty()) {
            throw RefusedRequestException.badRequest("Filter on '" + path + "' needs an object of conditions, e.g. {\"$equal\":...}");
        }
        List<Predicate<JsonNode>> checks = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = conditions.properties().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> condition = it.next();
            Predicate<JsonNode> onValue = condition(path, condition.getKey(), condition.getValue());
            checks.add(document -> onValue.test(resolve(document, path)));
        }
        return all(checks);
    }

    private static Predicate<JsonNode> condition(String path, String operator, JsonNode operand) {
        return switch (operator) {
            case "$equal" -> value -> equal(value, scalar(path, operator, operand));
            case "$notEqual" -> {
                JsonNode expected = scalar(path, operator, operand);
                yield value -> !equal(value, expected);
            }
            case "$in" -> {
                if (!operand.isArray()) {
                    throw RefusedRequestException.badRequest("$in on '" + path + "' needs an array");
                }
                List<JsonNode> candidates = new ArrayList<>();
                operand.forEach(candidate -> candidates.add(scalar(path, operator, candidate)));
                yield value -> candidates.stream().anyMatch(candidate -> equal(value, candidate));
            }
            case "$contains" -> {
                if (!operand.isTextual()) {
                    throw RefusedRequestException.badRequest("$contains on '" + path + "' needs a string");
                }
                String needle = operand.asText().toLowerCase(Locale.ROOT);
                yield value -> isPresent(value) && value.isValueNode()
                        && value.asText().toLowerCase(Locale.ROOT).contains(needle);
            }
            case "$lessThan" -> {
                JsonNode bound = scalar(path, operator, operand);
                yield value -> compare(value, bound).map(order -> order < 0).orElse(false);
            }
            case "$greaterThan" -> {
                JsonNode bound = scalar(path, operator, operand);
                yield value -> compare(value, bound).map(order -> order > 0).orElse(false);
            }
            case "$lessThanEqual" -> {
                JsonNode bound = scalar(path, operator, operand);
                yield value -> compare(value, bound).map(order -> order <= 0).orElse(false);
            }
            case "$greaterThanEqual" -> {
                JsonNode bound = scalar(path, operator, operand);
                yield value -> compare(value, bound).map(order -> order >= 0).orElse(false);
            }
            case "$empty" -> {
                if (!operand.isBoolean()) {
                    throw RefusedRequestException.badRequest("$empty on '" + path + "' needs true or false");
                }
                boolean wanted = operand.asBoolean();
                yield value -> isEmpty(value) == wanted;
            }
            default -> throw RefusedRequestException.badRequest("Unknown filter operator " + operator + " on '" + path
                    + "'; supported: $equal, $notEqual, $in, $contains, $lessThan, $greaterThan, $lessThanEqual,"
                    + " $greaterThanEqual, $empty");
        };
    }

    /** The value at a dotted path, or a missing node. */
    static JsonNode resolve(JsonNode document, String path) {
        JsonNode node = document;
        for (String part : path.split("\\.")) {
            node = node.path(part);
        }
        return node;
    }

    private static JsonNode scalar(String path, String operator, JsonNode operand) {
        if (!operand.isValueNode() || operand.isNull()) {
            throw RefusedRequestException.badRequest(operator + " on '" + path + "' needs a string, number or boolean");
        }
        return operand;
    }

    private static boolean equal(JsonNode value, JsonNode expected) {
        if (!isPresent(value) || !value.isValueNode()) {
            return false;
        }
        return compare(value, expected).map(order -> order == 0).orElse(false);
    }

    /** Orders a document value against an operand: by UTC date, by number, else by text. */
    private static Optional<Integer> compare(JsonNode value, JsonNode operand) {
        if (!isPresent(value) || !value.isValueNode()) {
            return Optional.empty();
        }
        Optional<LocalDate> valueDate = date(value);
        Optional<LocalDate> operandDate = date(operand);
        if (valueDate.isPresent() && operandDate.isPresent()) {
            return Optional.of(valueDate.get().compareTo(operandDate.get()));
        }
        Optional<BigDecimal> valueNumber = number(value);
        Optional<BigDecimal> operandNumber = number(operand);
        if (valueNumber.isPresent() && operandNumber.isPresent()) {
            return Optional.of(valueNumber.get().compareTo(operandNumber.get()));
        }
        return Optional.of(value.asText().compareTo(operand.asText()));
    }

    private static Optional<LocalDate> date(JsonNode node) {
        if (!node.isTextual() || !DATE_LIKE.matcher(node.asText()).matches()) {
            return Optional.empty();
        }
        String text = node.asText();
        try {
            if (text.length() == 10) {
                return Optional.of(LocalDate.parse(text));
            }
            return Optional.of(OffsetDateTime.parse(text).atZoneSameInstant(ZoneOffset.UTC).toLocalDate());
        } catch (DateTimeParseException notOffset) {
            try {
                return Optional.of(Instant.parse(text).atZone(ZoneOffset.UTC).toLocalDate());
            } catch (DateTimeParseException notInstant) {
                return Optional.empty();
            }
        }
    }

    private static Optional<BigDecimal> number(JsonNode node) {
        if (node.isNumber()) {
            return Optional.of(node.decimalValue());
        }
        return Optional.empty();
    }

    private static boolean isPresent(JsonNode value) {
        return !value.isMissingNode() && !value.isNull();
    }

    private static boolean isEmpty(JsonNode value) {
        if (!isPresent(value)) {
            return true;
        }
        if (value.isTextual()) {
            return value.asText().isEmpty();
        }
        return (value.isArray() || value.isObject()) && value.isEmpty();
    }

    private static Predicate<JsonNode> all(List<Predicate<JsonNode>> parts) {
        return document -> parts.stream().allMatch(part -> part.test(document));
    }

    private static Predicate<JsonNode> any(List<Predicate<JsonNode>> parts) {
        return document -> parts.stream().anyMatch(part -> part.test(document));
    }
}
