package io.github.payhawk4j.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Iterator;
import java.util.Set;

/**
 * Checks of a request body against its schema, as Payhawk answers them: a 400 naming the field for a missing
 * required field, a wrong type, a value outside the enum, or a field the schema does not have
 * ({@code additionalProperties: false}).
 */
final class BodyCheck {

    private final ObjectNode body;
    private final String what;

    private BodyCheck(ObjectNode body, String what) {
        this.body = body;
        this.what = what;
    }

    /** Checks of {@code body}, named {@code what} ("User", "Card") in messages; refuses fields not in {@code allowed}. */
    static BodyCheck of(ObjectNode body, String what, Set<String> allowed) {
        for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw RefusedRequestException.badRequest(what + " has no field '" + name + "'");
            }
        }
        return new BodyCheck(body, what);
    }

    /** The field must be present and a non-empty string. */
    BodyCheck requiredText(String field) {
        if (!body.has(field) || body.get(field).isNull()) {
            throw RefusedRequestException.badRequest(what + " needs '" + field + "'");
        }
        return text(field);
    }

    /** The field, if present, must be a non-empty string. */
    BodyCheck text(String field) {
        JsonNode value = body.get(field);
        if (value != null && (!value.isTextual() || value.asText().isBlank())) {
            throw RefusedRequestException.badRequest(what + " '" + field + "' must be a non-empty string");
        }
        return this;
    }

    /** The field, if present, must be one of {@code values}. */
    BodyCheck oneOf(String field, Set<String> values) {
        JsonNode value = body.get(field);
        if (value != null && (!value.isTextual() || !values.contains(value.asText()))) {
            throw RefusedRequestException.badRequest(what + " '" + field + "' must be one of " + values + ", was " + value);
        }
        return this;
    }

    /** The field, if present, must be a number. */
    BodyCheck number(String field) {
        JsonNode value = body.get(field);
        if (value != null && !value.isNumber()) {
            throw RefusedRequestException.badRequest(what + " '" + field + "' must be a number");
        }
        return this;
    }

    /** The field, if present, must be true or false. */
    BodyCheck bool(String field) {
        JsonNode value = body.get(field);
        if (value != null && !value.isBoolean()) {
            throw RefusedRequestException.badRequest(what + " '" + field + "' must be true or false");
        }
        return this;
    }

    /** The field must be present. */
    BodyCheck required(String field) {
        if (!body.has(field) || body.get(field).isNull()) {
            throw RefusedRequestException.badRequest(what + " needs '" + field + "'");
        }
        return this;
    }
}
