package io.github.payhawk4j.spec;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import io.github.payhawk4j.json.PayhawkJson;
import io.github.payhawk4j.model.ModelFixture;
import io.github.payhawk4j.model.OpenEnum;
import io.github.payhawk4j.model.card.Card;
import io.github.payhawk4j.model.card.CardStatus;
import io.github.payhawk4j.model.webhook.WebhookSubscription;
import io.github.payhawk4j.model.webhook.WebhookSubscriptionStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every response schema, generated with values that break careless clients ({@link SpecInstances}: decimals such
 * as {@code 0.30000000000000004}, {@code 1234567890123.45}, {@code 10.50} and {@code 100.000}, boundary
 * date-times, awkward strings, a field added later in every object, enum values known and unknown), served by
 * WireMock and read through the SDK method of its operation, arrives unchanged: the model, written back with the
 * SDK's own {@code ObjectMapper}, is the JSON that was sent (decimals compared with their scale, date-times as
 * instants, unknown fields from {@code additionalProperties()}); known enum values are known constants and
 * unknown ones are kept as unknown.
 */
class GeneratedInstanceTest {

    private static final OpenApiDocument SPEC = OpenApiDocument.load();
    private static final ApiReferenceTable TABLE = ApiReferenceTable.read();
    private static final ObjectMapper JSON = PayhawkJson.newObjectMapper();
    /** Each operation is read with these instances: three spreads of hostile values over known enum values, one with unknown ones. */
    private static final List<Variant> VARIANTS = List.of(
            new Variant(SpecInstances.Flavour.KNOWN_ENUMS, 0), new Variant(SpecInstances.Flavour.KNOWN_ENUMS, 1),
            new Variant(SpecInstances.Flavour.KNOWN_ENUMS, 5), new Variant(SpecInstances.Flavour.UNKNOWN_ENUMS, 3));

    private final SpecBackedApi api = SpecBackedApi.shared();

    static Stream<ApiReferenceTable.Row> mappedRowsWithAJsonResponse() {
        Map<String, OpenApiDocument.SpecOperation> operations = operationsByKey();
        return TABLE.rows().stream().filter(ApiReferenceTable.Row::isMapped)
                .filter(row -> operations.containsKey(row.key()) && operations.get(row.key()).hasJsonResponse());
    }

    /** The full-coverage gate: fails while an operation with a JSON response has no SDK method to read it with. */
    @Test
    void everyJsonResponseOfTheSpecIsReadThroughAnSdkMethod() {
        Set<String> mapped = TABLE.rows().stream().filter(ApiReferenceTable.Row::isMapped)
                .map(ApiReferenceTable.Row::key).collect(Collectors.toSet());
        List<OpenApiDocument.SpecOperation> json = SPEC.operations().stream()
                .filter(OpenApiDocument.SpecOperation::hasJsonResponse).toList();
        List<String> unread = json.stream().filter(o -> !mapped.contains(o.key())).map(o -> o.key() + " (" + o.summary() + ")").toList();
        String coverage = (json.size() - unread.size()) + " of " + json.size()
                + " operations with a JSON response are read through an SDK method";
        System.out.println("GeneratedInstanceTest: " + coverage);
        assertThat(unread).withFailMessage(coverage + "; not read:%n  %s", String.join("\n  ", unread)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mappedRowsWithAJsonResponse")
    void everyGeneratedValueArrivesUnchangedInTheModel(ApiReferenceTable.Row row) throws Exception {
        OpenApiDocument.SpecOperation operation = operationsByKey().get(row.key());
        ServiceBinding.Bound bound = ServiceBinding.bound(row, operation);
        Class<?> returned = bound.call().method().getReturnType();
        assertThat(returned).as(row + ": the spec documents a JSON response (" + operation.responseSchema()
                + ") but the method returns nothing, so none of its values can arrive").isNotIn(void.class, Void.class);
        List<String> differences = new ArrayList<>();

        for (Variant variant : VARIANTS) {
            JsonNode generated = SpecInstances.generate(SPEC, operation.responseSchema(), variant.flavour(), variant.seed());
            String body = SpecBackedApi.text(generated);
            StubMapping stub = api.answer(operation, generated, 1);
            Object value;
            try {
                value = bound.callAgain(api);
            } finally {
                api.remove(stub);
            }
            JsonNode sent = ModelFixture.exactTree(JSON, body);
            JsonNode read = written(value);
            if (value instanceof Collection<?> && sent.isObject()) {
                // A list the API wraps in {"items": [...], "total": N}: the method returns its items.
                sent = sent.get("items");
            }
            int before = differences.size();
            compare("$", sent, read, differences);
            checkEnums("$", value, operation.responseSchema(), variant.flavour() == SpecInstances.Flavour.KNOWN_ENUMS,
                    differences, Collections.newSetFromMap(new IdentityHashMap<>()));
            for (int i = before; i < differences.size(); i++) {
                differences.set(i, variant + " " + differences.get(i));
            }
        }

        assertThat(differences).as(row + ": values that did not arrive unchanged").isEmpty();
    }

    @Test
    void aChangedDecimalScaleAnUnknownFieldLostOrAShiftedInstantIsReported() {
        JsonNode sent = ModelFixture.exactTree(JSON, "{\"amount\":10.50,\"at\":\"2026-03-29T01:30:00+02:00\",\"extra\":{\"a\":1}}");
        JsonNode sameInstant = ModelFixture.exactTree(JSON, "{\"amount\":10.50,\"at\":\"2026-03-28T23:30:00Z\",\"extra\":{\"a\":1}}");
        JsonNode changed = ModelFixture.exactTree(JSON, "{\"amount\":10.5,\"at\":\"2026-03-29T01:30:00Z\"}");
        List<String> none = new ArrayList<>();
        List<String> found = new ArrayList<>();

        compare("$", sent, sameInstant, none);
        compare("$", sent, changed, found);

        assertThat(none).isEmpty();
        assertThat(found).containsExactly("$.amount: sent 10.50, read 10.5",
                "$.at: sent \"2026-03-29T01:30:00+02:00\", read \"2026-03-29T01:30:00Z\"",
                "$.extra: sent {\"a\":1}, missing after reading");
    }

    @Test
    void anEnumTheSpecListsReadAsUnknownIsReportedButAPlainStringPropertyIsNot() throws Exception {
        List<String> found = new ArrayList<>();
        JsonNode subscriptionSchema = ref("IWebhookSubscription");

        checkEnums("$", WebhookSubscription.builder().status(WebhookSubscriptionStatus.of("value_added_later")).build(),
                subscriptionSchema, true, found, Collections.newSetFromMap(new IdentityHashMap<>()));
        checkEnums("$", WebhookSubscription.builder().status(WebhookSubscriptionStatus.ACTIVE).build(),
                subscriptionSchema, false, found, Collections.newSetFromMap(new IdentityHashMap<>()));
        // ICard.status is a plain string in the spec: the SDK's open enum may hold any value.
        checkEnums("$", Card.builder().status(CardStatus.of("  padded  ")).build(), ref("ICard"), true, found,
                Collections.newSetFromMap(new IdentityHashMap<>()));

        assertThat(found).containsExactly(
                "$.status: WebhookSubscriptionStatus \"value_added_later\" read as unknown UNKNOWN",
                "$.status: WebhookSubscriptionStatus \"active\" read as known ACTIVE");
    }

    private static JsonNode ref(String component) {
        return JSON.createObjectNode().put("$ref", "#/components/schemas/" + component);
    }

    /** {@code value} written with the SDK's mapper and read back keeping every decimal's scale. */
    private static JsonNode written(Object value) throws JsonProcessingException {
        if (value instanceof String text) {
            return TextNode.valueOf(text);
        }
        return ModelFixture.exactTree(JSON, JSON.writeValueAsString(value));
    }

    /** Adds to {@code differences} every value of {@code sent} that {@code read} does not hold unchanged. */
    static void compare(String path, JsonNode sent, JsonNode read, List<String> differences) {
        if (sent == null || sent.isNull()) {
            if (read != null && !read.isNull() && !read.isMissingNode()) {
                differences.add(path + ": sent null, read " + read);
            }
            return;
        }
        if (read == null || read.isMissingNode() || read.isNull()) {
            differences.add(path + ": sent " + sent + ", missing after reading");
            return;
        }
        if (sent.isObject()) {
            if (!read.isObject()) {
                differences.add(path + ": sent an object, read " + read);
                return;
            }
            for (Iterator<Map.Entry<String, JsonNode>> fields = sent.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                compare(path + "." + field.getKey(), field.getValue(), read.get(field.getKey()), differences);
            }
            for (Iterator<Map.Entry<String, JsonNode>> fields = read.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (!sent.has(field.getKey()) && !field.getValue().isNull()) {
                    differences.add(path + "." + field.getKey() + ": not sent, but read as " + field.getValue());
                }
            }
        } else if (sent.isArray()) {
            if (!read.isArray() || read.size() != sent.size()) {
                differences.add(path + ": sent " + sent.size() + " items, read " + read);
                return;
            }
            for (int i = 0; i < sent.size(); i++) {
                compare(path + "[" + i + "]", sent.get(i), read.get(i), differences);
            }
        } else if (sent.isNumber()) {
            if (!read.isNumber() || !sent.decimalValue().equals(read.decimalValue())) {
                differences.add(path + ": sent " + sent + ", read " + read);
            }
        } else if (sent.isTextual()) {
            if (!read.isTextual() || !read.asText().equals(sent.asText()) && !sameInstant(sent.asText(), read.asText())) {
                differences.add(path + ": sent " + sent + ", read " + read);
            }
        } else if (!sent.equals(read)) {
            differences.add(path + ": sent " + sent + ", read " + read);
        }
    }

    private static boolean sameInstant(String sent, String read) {
        try {
            return OffsetDateTime.parse(sent).toInstant().equals(OffsetDateTime.parse(read).toInstant());
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /**
     * Every open enum in the model graph of {@code value}, walked with the {@code schema} it was generated from: where
     * the spec lists the property's values, a known constant when the instance used those values and an unknown one
     * (keeping the value) when it used one the spec does not list. An open enum for a property the spec types as a
     * plain string (a card's status) may be either; {@link #compare} checks that its value arrived unchanged.
     */
    private static void checkEnums(String path, Object value, JsonNode schema, boolean known, List<String> differences,
                                   Set<Object> seen) throws ReflectiveOperationException {
        if (value == null || schema == null) {
            return;
        }
        if (value instanceof Optional<?> optional) {
            checkEnums(path, optional.orElse(null), schema, known, differences, seen);
            return;
        }
        JsonNode resolved = SPEC.resolve(schema);
        if (value instanceof OpenEnum<?> open) {
            if (enumerated(resolved) && (open.isKnown() != known || open.known().name().equals("UNKNOWN") == known)) {
                differences.add(path + ": " + open.getClass().getSimpleName() + " \"" + open.value() + "\" read as "
                        + (open.isKnown() ? "known " : "unknown ") + open.known());
            }
            return;
        }
        if (!seen.add(value)) {
            return;
        }
        if (value instanceof Collection<?> items) {
            // An array, or a list the API wraps in {"items": [...], "total": N} that the method unwraps.
            JsonNode envelopeItems = SPEC.properties(resolved).get("items");
            JsonNode itemSchema = resolved.has("items") ? resolved.get("items")
                    : envelopeItems == null ? null : SPEC.resolve(envelopeItems).get("items");
            int i = 0;
            for (Object item : items) {
                checkEnums(path + "[" + i++ + "]", item, itemSchema, known, differences, seen);
            }
            return;
        }
        if (!ModelCoverage.isModel(value.getClass())) {
            return;
        }
        Map<String, JsonNode> properties = SPEC.properties(resolved);
        for (Method accessor : value.getClass().getMethods()) {
            if (!Modifier.isStatic(accessor.getModifiers()) && accessor.getParameterCount() == 0
                    && accessor.getDeclaringClass() == value.getClass() && !accessor.getName().equals("toBuilder")
                    && !accessor.getName().equals("additionalProperties") && !accessor.getName().equals("hashCode")
                    && !accessor.getName().equals("toString")) {
                String property = ModelCoverage.property(value.getClass(), accessor.getName());
                checkEnums(path + "." + property, accessor.invoke(value), properties.get(property), known, differences, seen);
            }
        }
    }

    /** Whether the spec lists the values of {@code schema} (itself, or every branch of its one-of, or an all-of branch). */
    private static boolean enumerated(JsonNode schema) {
        if (schema.has("enum")) {
            return true;
        }
        for (String combinator : List.of("oneOf", "anyOf")) {
            JsonNode branches = schema.path(combinator);
            if (!branches.isEmpty()) {
                boolean all = true;
                for (JsonNode branch : branches) {
                    all &= enumerated(SPEC.resolve(branch));
                }
                if (all) {
                    return true;
                }
            }
        }
        for (JsonNode branch : schema.path("allOf")) {
            if (enumerated(SPEC.resolve(branch))) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, OpenApiDocument.SpecOperation> operationsByKey() {
        return SPEC.operations().stream().collect(Collectors.toMap(OpenApiDocument.SpecOperation::key, o -> o));
    }

    /** A flavour of generated instance and where its hostile values start. */
    record Variant(SpecInstances.Flavour flavour, int seed) {

        @Override
        public String toString() {
            return "[" + flavour + " " + seed + "]";
        }
    }
}
