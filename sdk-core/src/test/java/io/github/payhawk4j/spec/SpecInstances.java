package io.github.payhawk4j.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * Instances of the document's schemas, generated from the schema alone: every property present (each
 * {@code oneOf}/{@code anyOf} branch's too), lists consistent (a {@code total} count = the number of items sent).
 * {@link Flavour#PLAIN} values are ordinary; the other flavours carry what breaks careless clients: decimals a
 * {@code double} cannot hold or whose trailing zeros it drops, boundary date-times, awkward strings, fields this
 * SDK version cannot know, and (in {@link Flavour#UNKNOWN_ENUMS}) enum values Payhawk may add later.
 */
final class SpecInstances {

    /** What kind of values an instance carries. */
    enum Flavour {
        /** Ordinary values, first enum constants, one item per array, no extra fields. */
        PLAIN,
        /** Hostile numbers, strings and date-times; enum values rotating through the known ones; unknown fields. */
        KNOWN_ENUMS,
        /** As {@link #KNOWN_ENUMS}, but every enum value is one this SDK version cannot know. */
        UNKNOWN_ENUMS
    }

    /** The field added to every generated object outside PLAIN: no model may drop it. */
    static final String UNKNOWN_FIELD = "fieldAddedByPayhawkLater";
    /** The enum value used in {@link Flavour#UNKNOWN_ENUMS}. */
    static final String UNKNOWN_ENUM_VALUE = "value_added_later";

    /** Decimals that break floating point: inexact in binary, beyond 2^53, or with trailing zeros to keep. */
    static final List<String> HOSTILE_DECIMALS = List.of(
            "0.1", "0.2", "0.30000000000000004", "1234567890123.45", "10.50", "100.000", "0.000001",
            "9007199254740993", "-0.01", "99999999999999999999.99", "1.10", "0", "3.14159265358979323846");
    /** Date-times at the edges: leap day, epoch, the last and first instants of four-digit years, an offset. */
    static final List<String> HOSTILE_DATE_TIMES = List.of(
            "2024-02-29T23:59:59.999Z", "1970-01-01T00:00:00Z", "9999-12-31T23:59:59.999999999Z",
            "0001-01-01T00:00:00Z", "2026-03-29T01:30:00.5+02:00", "2024-06-09T04:48:23.193Z");
    static final List<String> HOSTILE_DATES = List.of("2024-02-29", "0001-01-01", "9999-12-31", "1970-01-01");
    static final List<String> HOSTILE_STRINGS = List.of(
            "Ünïcødé – €1.234,50 \"quoted\" \\ back/slash", "", "  padded  ", "line\nbreak\ttab",
            "receipt 🧾 \u0000nul", "<b>not html</b> & ; DROP TABLE", "12.30");

    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
    private static final int MAX_DEPTH = 12;

    private final OpenApiDocument spec;
    private final Flavour flavour;
    private int counter;
    private int decimals;
    private int dateTimes;
    private int strings;

    private SpecInstances(OpenApiDocument spec, Flavour flavour, int seed) {
        this.spec = spec;
        this.flavour = flavour;
        this.counter = seed;
        this.decimals = seed;
        this.dateTimes = seed;
        this.strings = seed;
    }

    /** An instance of {@code schema} with values of {@code flavour}; {@code seed} shifts which hostile values go where. */
    static JsonNode generate(OpenApiDocument spec, JsonNode schema, Flavour flavour, int seed) {
        return new SpecInstances(spec, flavour, seed).value(schema, new ArrayDeque<>());
    }

    private JsonNode value(JsonNode declared, Deque<String> refs) {
        String ref = OpenApiDocument.refName(declared);
        if (ref != null && (refs.contains(ref) || refs.size() >= MAX_DEPTH)) {
            return null;
        }
        if (ref != null) {
            refs.push(ref);
        }
        try {
            JsonNode schema = effective(declared);
            String type = spec.type(schema);
            if (schema.has("enum")) {
                return enumValue(schema);
            }
            if (type == null) {
                return NODES.objectNode();
            }
            return switch (type) {
                case "object" -> object(schema, refs);
                case "array" -> array(schema, refs);
                case "string" -> string(schema);
                case "number" -> number();
                case "integer" -> NODES.numberNode(flavour == Flavour.PLAIN ? 3 : 2147483647L - (next() % 2));
                case "boolean" -> NODES.booleanNode(flavour == Flavour.PLAIN || next() % 2 == 0);
                default -> throw new IllegalStateException("unsupported schema type " + type + " in " + declared);
            };
        } finally {
            if (ref != null) {
                refs.pop();
            }
        }
    }

    /** {@code declared} resolved, with one {@code oneOf}/{@code anyOf} branch merged in when it has no properties. */
    private JsonNode effective(JsonNode declared) {
        JsonNode schema = spec.resolve(declared);
        if (schema.has("properties")) {
            return schema;
        }
        for (String combinator : List.of("oneOf", "anyOf")) {
            JsonNode branches = schema.path(combinator);
            if (branches.isArray() && !branches.isEmpty()) {
                ObjectNode merged = ((ObjectNode) schema).deepCopy();
                merged.remove(combinator);
                JsonNode branch = spec.resolve(branches.get(flavour == Flavour.PLAIN ? 0 : next() % branches.size()));
                branch.fields().forEachRemaining(f -> merged.set(f.getKey(), f.getValue()));
                return effective(merged);
            }
        }
        JsonNode allOf = schema.path("allOf");
        if (allOf.isArray() && !allOf.isEmpty() && !schema.has("type")) {
            ObjectNode merged = ((ObjectNode) schema).deepCopy();
            merged.remove("allOf");
            for (JsonNode branch : allOf) {
                spec.resolve(branch).fields().forEachRemaining(f -> merged.set(f.getKey(), f.getValue()));
            }
            return effective(merged);
        }
        return schema;
    }

    private JsonNode object(JsonNode schema, Deque<String> refs) {
        ObjectNode object = NODES.objectNode();
        for (Map.Entry<String, JsonNode> property : spec.properties(schema).entrySet()) {
            JsonNode value = value(property.getValue(), refs);
            if (value != null) {
                object.set(property.getKey(), value);
            }
        }
        JsonNode additional = schema.path("additionalProperties");
        if (additional.isObject() && spec.properties(schema).isEmpty()) {
            JsonNode value = value(additional, refs);
            if (value != null) {
                object.set("key-" + next(), value);
            }
        }
        for (Map.Entry<String, JsonNode> property : spec.properties(schema).entrySet()) {
            if (object.has(property.getKey()) && spec.isObjectCount(property.getKey(), property.getValue())) {
                // A count of objects is whole, and a list's equals its items: the SDK rightly refuses an incomplete list.
                object.put(property.getKey(), countedItems(object));
            }
        }
        if (flavour != Flavour.PLAIN) {
            ObjectNode unknown = object.putObject(UNKNOWN_FIELD);
            unknown.put("amount", new BigDecimal("12.30"));
            unknown.putArray("tags").add("kept").add(NODES.nullNode());
        }
        return object;
    }

    /** The size of the object's only array (the list a {@code total} counts), else 3. */
    private static int countedItems(ObjectNode object) {
        List<JsonNode> arrays = new ArrayList<>();
        object.elements().forEachRemaining(value -> {
            if (value.isArray()) {
                arrays.add(value);
            }
        });
        return arrays.size() == 1 ? arrays.get(0).size() : 3;
    }

    private JsonNode array(JsonNode schema, Deque<String> refs) {
        ArrayNode array = NODES.arrayNode();
        int size = flavour == Flavour.PLAIN ? 1 : 2;
        for (int i = 0; i < size; i++) {
            JsonNode item = value(schema.path("items"), refs);
            if (item != null) {
                array.add(item);
            }
        }
        return array;
    }

    private JsonNode enumValue(JsonNode schema) {
        JsonNode values = schema.get("enum");
        if (flavour == Flavour.UNKNOWN_ENUMS && "string".equals(schema.path("type").asText("string"))) {
            return NODES.textNode(UNKNOWN_ENUM_VALUE);
        }
        return values.get(flavour == Flavour.PLAIN ? 0 : next() % values.size());
    }

    private JsonNode string(JsonNode schema) {
        String format = schema.path("format").asText("");
        boolean plain = flavour == Flavour.PLAIN;
        return NODES.textNode(switch (format) {
            case "date-time" -> plain ? "2026-03-02T10:15:30Z" : HOSTILE_DATE_TIMES.get(dateTimes++ % HOSTILE_DATE_TIMES.size());
            case "date" -> plain ? "2026-03-02" : HOSTILE_DATES.get(dateTimes++ % HOSTILE_DATES.size());
            case "email" -> plain ? "ada@example.com" : "ada.lovelace+erp-" + next() + "@example.com";
            case "uuid" -> "3f1c2a9e-8b7d-4e6f-9a0b-1c2d3e4f5a6" + (next() % 10);
            case "binary", "byte" -> "AAECAwQ=";
            default -> plain ? "text-" + next() : HOSTILE_STRINGS.get(strings++ % HOSTILE_STRINGS.size());
        });
    }

    private JsonNode number() {
        if (flavour == Flavour.PLAIN) {
            return NODES.numberNode(new BigDecimal("10.50"));
        }
        return NODES.numberNode(new BigDecimal(HOSTILE_DECIMALS.get(decimals++ % HOSTILE_DECIMALS.size())));
    }

    private int next() {
        return counter++ & Integer.MAX_VALUE;
    }
}
