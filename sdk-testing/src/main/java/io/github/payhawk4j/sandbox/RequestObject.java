package io.github.payhawk4j.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.util.Iterator;
import java.util.Optional;
import java.util.Set;

/**
 * A JSON object a client sent (a request body or one of its nested objects), read the way Payhawk validates
 * it: fields it does not take, a required field missing or a field of the wrong type are a 400 naming it.
 *
 * @param what   how error messages name the object, e.g. {@code "A new supplier"} or {@code "items[2]"}
 * @param object the object as sent
 */
record RequestObject(String what, ObjectNode object) {

    /** {@code node} as an object, or a 400 if it is something else. */
    static RequestObject of(String what, JsonNode node) {
        if (!(node instanceof ObjectNode object)) {
            throw RefusedRequestException.badRequest(what + " must be a JSON object, was " + node);
        }
        return new RequestObject(what, object);
    }

    /** Refuses any field not in {@code allowed}. */
    RequestObject allowOnly(Set<String> allowed) {
        for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw RefusedRequestException.badRequest(what + " has an unknown field '" + name + "'; it takes "
                        + String.join(", ", allowed.stream().sorted().toList()));
            }
        }
        return this;
    }

    /** The non-blank string {@code name}; a 400 if missing, blank or not a string. */
    String requiredText(String name) {
        return optionalText(name).filter(text -> !text.isBlank())
                .orElseThrow(() -> RefusedRequestException.badRequest("'" + name + "' is required: " + what + " needs it as a non-empty string"));
    }

    /** The string {@code name} if sent; a 400 if it is not a string. */
    Optional<String> optionalText(String name) {
        JsonNode value = object.get(name);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isTextual()) {
            throw RefusedRequestException.badRequest("'" + name + "' of " + what + " must be a string, was " + value);
        }
        return Optional.of(value.asText());
    }

    /** The number {@code name}, exact; a 400 if missing, not a number or negative. */
    BigDecimal requiredAmount(String name) {
        return optionalAmount(name)
                .orElseThrow(() -> RefusedRequestException.badRequest("'" + name + "' is required: " + what + " needs it as a number"));
    }

    /** The number {@code name} if sent, exact; a 400 if not a number or negative. */
    Optional<BigDecimal> optionalAmount(String name) {
        JsonNode value = object.get(name);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isNumber()) {
            throw RefusedRequestException.badRequest("'" + name + "' of " + what + " must be a number, was " + value);
        }
        if (value.decimalValue().signum() < 0) {
            throw RefusedRequestException.badRequest("'" + name + "' of " + what + " must not be negative, was " + value);
        }
        return Optional.of(value.decimalValue());
    }

    /** The array {@code name} if sent; a 400 if it is not an array. */
    Optional<ArrayNode> optionalArray(String name) {
        JsonNode value = object.get(name);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!(value instanceof ArrayNode array)) {
            throw RefusedRequestException.badRequest("'" + name + "' of " + what + " must be an array, was " + value);
        }
        return Optional.of(array);
    }

    /** The id of the reference {@code name} ({@code {"id": "..."}}) if sent; a 400 if it has no string id. */
    Optional<String> optionalReferenceId(String name) {
        JsonNode value = object.get(name);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        return Optional.of(of("'" + name + "' of " + what, value).requiredText("id"));
    }
}
