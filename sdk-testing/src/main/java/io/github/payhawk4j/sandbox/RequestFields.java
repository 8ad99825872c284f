package io.github.payhawk4j.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.util.Iterator;
import java.util.Optional;
import java.util.Set;

/**
 * Checks the fields of a request object as Payhawk's schemas ({@code additionalProperties: false}) do: an unknown
 * field, a missing required one or one of the wrong type is a 400 naming it.
 */
final class RequestFields {

    private final ObjectNode body;
    private final String what;

    private RequestFields(ObjectNode body, String what) {
        this.body = body;
        this.what = what;
    }

    /** The fields of {@code body}, a {@code what} ("custom field value"), which may only have {@code allowed} fields. */
    static RequestFields of(JsonNode body, String what, Set<String> allowed) {
        if (!(body instanceof ObjectNode object)) {
            throw RefusedRequestException.badRequest("A " + what + " must be a JSON object, was " + body);
        }
        for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw RefusedRequestException.badRequest("Unknown field '" + name + "' in a " + what + "; allowed: " + allowed);
            }
        }
        return new RequestFields(object, what);
    }

    /** A required non-empty string. */
    String requiredText(String name) {
        return optionalText(name).filter(text -> !text.isEmpty()).orElseThrow(() ->
                RefusedRequestException.badRequest(what + " needs a non-empty string '" + name + "'"));
    }

    /** A string, if present and not null. */
    Optional<String> optionalText(String name) {
        JsonNode value = body.get(name);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isTextual()) {
            throw RefusedRequestException.badRequest(what + "'s '" + name + "' must be a string, was " + value);
        }
        return Optional.of(value.asText());
    }

    /** A boolean, if present and not null. */
    Optional<Boolean> optionalBoolean(String name) {
        JsonNode value = body.get(name);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isBoolean()) {
            throw RefusedRequestException.badRequest(what + "'s '" + name + "' must be true or false, was " + value);
        }
        return Optional.of(value.booleanValue());
    }

    /** A required number from {@code min} to {@code max}, exactly as sent. */
    BigDecimal requiredNumber(String name, BigDecimal min, BigDecimal max) {
        JsonNode value = body.get(name);
        if (value == null || !value.isNumber()) {
            throw RefusedRequestException.badRequest(what + " needs a number '" + name + "', was " + value);
        }
        BigDecimal number = value.decimalValue();
        if (number.compareTo(min) < 0 || number.compareTo(max) > 0) {
            throw RefusedRequestException.badRequest(what + "'s '" + name + "' must be from " + min + " to " + max + ", was " + number);
        }
        return number;
    }

    boolean has(String name) {
        return body.has(name);
    }

    ObjectNode body() {
        return body;
    }
}
