package io.github.payhawk4j.webhooks.reliability;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * Bodies that are not a delivery envelope: other JSON values, envelopes missing a field or with a field of the
 * wrong type, JSON with trailing data, and text that is not JSON at all.
 */
final class WrongShapes {

    private static final String PAYLOAD = "\"payload\":{\"expenseId\":\"1207\"}";
    private static final List<String> WRONG_FIELD_VALUES = List.of("123", "12.5", "true", "false", "null", "\"\"",
            "[]", "[\"dlv_1\"]", "{}", "{\"value\":\"dlv_1\"}");
    private static final List<Function<String, String>> SHAPES = List.of(
            valid -> "",
            valid -> "   \r\n\t ",
            valid -> "[]",
            valid -> "[" + valid + "]",
            valid -> "{}",
            valid -> "null",
            valid -> "true",
            valid -> "\"" + valid.replace("\"", "\\\"") + "\"",
            valid -> "12345",
            valid -> "-0.5e10",
            valid -> "{\"accountId\":\"acme\",\"eventType\":\"expense.created\"," + PAYLOAD + "}",
            valid -> "{\"id\":\"dlv_1\",\"eventType\":\"expense.created\"," + PAYLOAD + "}",
            valid -> "{\"id\":\"dlv_1\",\"accountId\":\"acme\"," + PAYLOAD + "}",
            valid -> valid + " {}",
            valid -> valid + valid,
            valid -> valid + "x",
            valid -> valid.substring(0, valid.length() - 1) + ",}",
            valid -> valid.replace("\"id\"", "id"),
            valid -> valid.replace('"', '\''),
            valid -> "/* comment */" + valid,
            valid -> valid.replace("\"payload\":{", "\"payload\":{\"amount\":NaN,"),
            valid -> "<delivery><id>dlv_1</id></delivery>",
            valid -> "id=dlv_1&accountId=acme&eventType=expense.created");

    private WrongShapes() {
    }

    /** A body of the wrong shape, some of them derived from the valid body {@code validBody}. */
    static byte[] any(Random random, byte[] validBody) {
        String valid = new String(validBody, StandardCharsets.UTF_8);
        String body;
        if (random.nextInt(3) == 0) {
            body = wrongFieldType(random);
        } else {
            body = SHAPES.get(random.nextInt(SHAPES.size())).apply(valid);
        }
        return body.getBytes(StandardCharsets.UTF_8);
    }

    /** An envelope whose {@code id}, {@code accountId} or {@code eventType} is not a non-empty string. */
    private static String wrongFieldType(Random random) {
        String[] fields = {"\"dlv_1\"", "\"acme\"", "\"expense.created\""};
        fields[random.nextInt(fields.length)] = WRONG_FIELD_VALUES.get(random.nextInt(WRONG_FIELD_VALUES.size()));
        return "{\"id\":" + fields[0] + ",\"accountId\":" + fields[1] + ",\"eventType\":" + fields[2] + "," + PAYLOAD + "}";
    }
}
