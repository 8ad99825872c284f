package io.github.payhawk4j.json;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.payhawk4j.model.Actor;
import io.github.payhawk4j.model.CustomFieldData;
import io.github.payhawk4j.model.CustomFieldDataValue;
import io.github.payhawk4j.model.DocumentFile;
import io.github.payhawk4j.model.ExternalLink;
import io.github.payhawk4j.model.Page;
import io.github.payhawk4j.model.expense.Amortization;
import io.github.payhawk4j.model.expense.Expense;
import io.github.payhawk4j.model.expense.ExpenseCategory;
import io.github.payhawk4j.model.expense.ExpenseDocument;
import io.github.payhawk4j.model.expense.ExpenseMileage;
import io.github.payhawk4j.model.expense.ExpenseMileageRate;
import io.github.payhawk4j.model.expense.ExpenseMileageStop;
import io.github.payhawk4j.model.expense.ExpenseMileageStopCoordinates;
import io.github.payhawk4j.model.expense.ExpensePerDiem;
import io.github.payhawk4j.model.expense.ExpensePerDiemAppliedRule;
import io.github.payhawk4j.model.expense.ExpensePerDiemDay;
import io.github.payhawk4j.model.expense.ExpensePerDiemStop;
import io.github.payhawk4j.model.expense.ExpenseSupplier;
import io.github.payhawk4j.model.expense.LineItem;
import io.github.payhawk4j.model.expense.Reconciliation;
import io.github.payhawk4j.model.expense.TaxRate;
import io.github.payhawk4j.model.supplier.SupplierBankAccount;
import io.github.payhawk4j.model.supplier.SupplierCustomFieldData;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fast path ({@code ModelReaders}: a reader per hot model, filling its builder by field name) reads exactly
 * what Jackson's builder path reads: every fixture of sdk-core's test resources, every object inside them, and
 * every fixture with each of its values replaced by values that test the hardening (trailing-zero and hostile
 * decimals, unknown enum values, wrong types, nulls, unknown fields). Where the builder path fails, the fast path
 * fails at the same field.
 */
class ModelReadersEquivalenceTest {

    /** The models {@code ModelReaders} reads. */
    private static final List<Class<?>> FAST_MODELS = List.of(Expense.class, Actor.class, ExpenseCategory.class,
            LineItem.class, Reconciliation.class, CustomFieldData.class, CustomFieldDataValue.class, TaxRate.class,
            ExpenseDocument.class, DocumentFile.class, ExpenseSupplier.class, SupplierBankAccount.class,
            SupplierCustomFieldData.class, ExternalLink.class, ExpensePerDiem.class, ExpensePerDiemStop.class,
            ExpensePerDiemDay.class, ExpensePerDiemAppliedRule.class, ExpenseMileage.class, ExpenseMileageStop.class,
            ExpenseMileageStopCoordinates.class, ExpenseMileageRate.class, Amortization.class);

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final ObjectMapper fast = PayhawkJson.newObjectMapper(true);
    private final ObjectMapper builderPath = PayhawkJson.newObjectMapper(false);

    @Test
    void everyFixtureAndEveryObjectInItReadsTheSameBothWays() throws IOException {
        List<Path> fixtures = fixtures();
        assertThat(fixtures).hasSizeGreaterThanOrEqualTo(10);
        int successes = 0;
        for (Path fixture : fixtures) {
            byte[] json = Files.readAllBytes(fixture);
            for (JavaType type : wholeDocumentTypes()) {
                successes += compare(fixture.getFileName().toString(), json, type);
            }
            List<JsonNode> objects = new ArrayList<>();
            collectObjects(fast.readTree(json), objects::add);
            for (JsonNode object : objects) {
                byte[] objectJson = fast.writeValueAsBytes(object);
                for (Class<?> model : FAST_MODELS) {
                    successes += compare(fixture.getFileName() + " " + object, objectJson, fast.constructType(model));
                }
            }
        }
        assertThat(successes).as("reads that succeeded both ways").isGreaterThan(1000);
    }

    @Test
    void everyValueOfTheExpenseFixturesReplacedByAHardeningCaseReadsTheSameBothWays() throws IOException {
        List<JsonNode> replacements = List.of(NODES.nullNode(), NODES.textNode("not-a-known-value"),
                NODES.textNode(""), NODES.textNode("2024-06-09T04:48:23.193456789123Z"),
                NODES.textNode("+300000000-01-01T00:00:00Z"), NODES.numberNode(new java.math.BigDecimal("1234.10")),
                NODES.numberNode(new java.math.BigDecimal("1e40")), NODES.numberNode(17),
                NODES.booleanNode(true), NODES.arrayNode().add(NODES.nullNode()), NODES.objectNode().put("z", 1));
        int cases = 0;
        for (Path fixture : fixtures()) {
            if (!fixture.getFileName().toString().startsWith("expense")) {
                continue;
            }
            JsonNode document = fast.readTree(fixture.toFile());
            List<JsonNode> containers = new ArrayList<>();
            collectContainers(document, containers::add);
            for (JsonNode container : containers) {
                List<Object> keys = keysOf(container);
                for (Object key : keys) {
                    for (JsonNode replacement : replacements) {
                        JsonNode original = replace(container, key, replacement);
                        byte[] json = fast.writeValueAsBytes(document);
                        replace(container, key, original);
                        for (JavaType type : expenseDocumentTypes()) {
                            compare(fixture.getFileName() + " with " + key + " = " + replacement, json, type);
                            cases++;
                        }
                    }
                }
                if (container.isObject()) {
                    ((ObjectNode) container).put("fieldFromANewerApi", "kept");
                    ((ObjectNode) container).putArray("additionalProperties").add(1);
                    byte[] json = fast.writeValueAsBytes(document);
                    ((ObjectNode) container).remove(List.of("fieldFromANewerApi", "additionalProperties"));
                    for (JavaType type : wholeDocumentTypes()) {
                        compare(fixture.getFileName() + " with unknown fields in " + container, json, type);
                    }
                }
            }
        }
        assertThat(cases).isGreaterThan(500);
    }

    /**
     * The readers try the field after the last one read first (the API's order); fields in another order, left out,
     * or with escaped names (which the parser cannot match byte for byte) are read as they are anyway.
     */
    @Test
    void fieldsInAnotherOrderOrWithEscapedNamesReadTheSameBothWays() throws IOException {
        int successes = 0;
        int escapedSuccesses = 0;
        for (Path fixture : fixtures()) {
            JsonNode document = fast.readTree(fixture.toFile());
            List<JsonNode> reordered = List.of(reorder(document.deepCopy(), true), reorder(document.deepCopy(), false),
                    everyOtherField(document.deepCopy()));
            for (JsonNode variant : reordered) {
                byte[] json = fast.writeValueAsBytes(variant);
                for (JavaType type : wholeDocumentTypes()) {
                    successes += compare(fixture.getFileName() + " reordered: " + variant, json, type);
                }
            }
            String escaped = ESCAPABLE_NAME.matcher(fast.writeValueAsString(document))
                    .replaceAll(match -> java.util.regex.Matcher.quoteReplacement(
                            String.format("\"\\u%04x%s\":", (int) match.group(1).charAt(0), match.group(2))));
            assertThat(fast.readTree(escaped)).as("the escaped names are the same names").isEqualTo(document);
            for (JavaType type : wholeDocumentTypes()) {
                escapedSuccesses += compare(fixture.getFileName() + " with escaped names", escaped.getBytes(
                        java.nio.charset.StandardCharsets.UTF_8), type);
            }
        }
        assertThat(successes).as("reads that succeeded both ways").isGreaterThan(50);
        assertThat(escapedSuccesses).as("reads with escaped names that succeeded both ways").isGreaterThan(10);
    }

    private static final java.util.regex.Pattern ESCAPABLE_NAME = java.util.regex.Pattern.compile("\"([a-zA-Z])(\\w*)\":");

    /** {@code node} with the fields of every object in reverse order, or rotated by one. */
    private static JsonNode reorder(JsonNode node, boolean reverse) {
        node.elements().forEachRemaining(child -> reorder(child, reverse));
        if (node instanceof ObjectNode object && object.size() > 1) {
            List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
            object.fields().forEachRemaining(fields::add);
            if (reverse) {
                java.util.Collections.reverse(fields);
            } else {
                java.util.Collections.rotate(fields, 1);
            }
            object.removeAll();
            fields.forEach(field -> object.set(field.getKey(), field.getValue()));
        }
        return node;
    }

    /** {@code node} with every second field of every object left out. */
    private static JsonNode everyOtherField(JsonNode node) {
        node.elements().forEachRemaining(ModelReadersEquivalenceTest::everyOtherField);
        if (node instanceof ObjectNode object && object.size() > 1) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            for (int i = 1; i < names.size(); i += 2) {
                object.remove(names.get(i));
            }
        }
        return node;
    }

    @Test
    void theReadersKnowEveryFieldOfTheirBuilders() throws Exception {
        for (Class<?> model : FAST_MODELS) {
            Class<?> builder = Class.forName(model.getName() + "$Builder");
            List<String> names = Stream.of(builder.getDeclaredFields())
                    .filter(field -> !Modifier.isStatic(field.getModifiers()) && !field.getName().equals("additionalProperties"))
                    .map(ModelReadersEquivalenceTest::jsonName)
                    .collect(Collectors.toList());
            assertThat(names).as(model.getSimpleName()).isNotEmpty();
            for (String name : names) {
                byte[] json = ("{\"" + name + "\": null}").getBytes(java.nio.charset.StandardCharsets.UTF_8);
                Object read = fast.readValue(json, model);
                assertThat((Map<?, ?>) model.getMethod("additionalProperties").invoke(read))
                        .as(model.getSimpleName() + "." + name + " read as a known field").isEmpty();
                assertThat(read).isEqualTo(builderPath.readValue(json, model));
            }
        }
    }

    @Test
    void failuresNameTheFieldAsTheBuilderPathDoes() {
        byte[] json = ("{\"items\": [{\"id\": \"1\"}, {\"id\": \"2\", \"lineItems\": [{\"reconciliation\":"
                + " {\"totalAmount\": 1e1000000000}}]}], \"total\": 2}").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        JavaType page = fast.getTypeFactory().constructParametricType(Page.class, Expense.class);
        JsonMappingException failure = catchMapping(() -> fast.readValue(json, page));
        assertThat(pathOf(failure)).isEqualTo("items[1].lineItems[0].reconciliation.totalAmount");
        assertThat(failure.getOriginalMessage()).contains("is not an amount, rate or quantity");
    }

    /** Reads {@code json} as {@code type} both ways; 1 if both succeeded (and agree), 0 if both failed alike. */
    private int compare(String what, byte[] json, JavaType type) {
        Object expected;
        try {
            expected = builderPath.readValue(json, type);
        } catch (IOException | RuntimeException builderFailure) {
            Exception fastFailure = null;
            try {
                Object unexpected = readFast(json, type);
                throw new AssertionError(what + " as " + type + ": the builder path failed with " + builderFailure
                        + " but the fast path read " + unexpected);
            } catch (IOException | RuntimeException e) {
                fastFailure = e;
            }
            assertThat(fastFailure.getClass()).as(what + " as " + type + ": " + fastFailure)
                    .isEqualTo(builderFailure.getClass());
            if (builderFailure instanceof JsonMappingException builderMapping) {
                assertThat(pathOf((JsonMappingException) fastFailure)).as(what + " as " + type)
                        .isEqualTo(pathOf(builderMapping));
            }
            return 0;
        }
        Object actual;
        try {
            actual = readFast(json, type);
        } catch (IOException e) {
            throw new AssertionError(what + " as " + type + ": the builder path read it, the fast path failed", e);
        }
        assertThat(actual).as(what + " as " + type).isEqualTo(expected);
        assertThat(Objects.toString(actual)).as(what + " as " + type).isEqualTo(Objects.toString(expected));
        return 1;
    }

    /**
     * The fast path, read as a client reads a response body ({@link PayhawkJson#withModelRoots}, which takes a model's
     * reader as the root without asking Jackson) and as the mapper reads it; both must agree, in value or failure.
     */
    private Object readFast(byte[] json, JavaType type) throws IOException {
        Object asResponse;
        try {
            asResponse = PayhawkJson.withModelRoots(fast.readerFor(type)).readValue(json);
        } catch (IOException | RuntimeException responseFailure) {
            Exception mapperFailure = null;
            try {
                fast.readValue(json, type);
            } catch (IOException | RuntimeException e) {
                mapperFailure = e;
            }
            assertThat(mapperFailure).as("the mapper fails as the response reader did: " + responseFailure).isNotNull();
            assertThat(mapperFailure.getClass()).isEqualTo(responseFailure.getClass());
            assertThat(mapperFailure.getMessage()).isEqualTo(responseFailure.getMessage());
            throw responseFailure;
        }
        Object asMapped = fast.readValue(json, type);
        assertThat(Objects.toString(asResponse)).isEqualTo(Objects.toString(asMapped));
        assertThat(asResponse).isEqualTo(asMapped);
        return asResponse;
    }

    private List<JavaType> wholeDocumentTypes() {
        List<JavaType> types = new ArrayList<>();
        for (Class<?> model : FAST_MODELS) {
            types.add(fast.constructType(model));
        }
        types.add(fast.getTypeFactory().constructParametricType(Page.class, Expense.class));
        types.add(fast.getTypeFactory().constructCollectionType(List.class, Expense.class));
        return types;
    }

    /** The expense fixtures hold expenses, pages of them and lists of them; all other models are inside. */
    private List<JavaType> expenseDocumentTypes() {
        return List.of(fast.constructType(Expense.class),
                fast.getTypeFactory().constructParametricType(Page.class, Expense.class),
                fast.getTypeFactory().constructCollectionType(List.class, Expense.class));
    }

    private static String pathOf(JsonMappingException failure) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : failure.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(reference.getFieldName());
            } else {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static JsonMappingException catchMapping(ThrowingRead read) {
        try {
            read.run();
        } catch (JsonMappingException e) {
            return e;
        } catch (IOException e) {
            throw new AssertionError("not a mapping failure", e);
        }
        throw new AssertionError("read without failing");
    }

    @FunctionalInterface
    private interface ThrowingRead {
        void run() throws IOException;
    }

    private static String jsonName(Field field) {
        JsonProperty property = field.getAnnotation(JsonProperty.class);
        return property != null ? property.value() : field.getName();
    }

    private static List<Path> fixtures() throws IOException {
        Path root;
        try {
            root = Paths.get(Objects.requireNonNull(ModelReadersEquivalenceTest.class.getResource("/model")).toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
        try (Stream<Path> files = Files.walk(root)) {
            // The OpenAPI document is a spec, not a response; the spec-driven tests read its schemas.
            return files.filter(path -> path.toString().endsWith(".json") && !path.startsWith(root.resolve("openapi")))
                    .sorted().collect(Collectors.toList());
        }
    }

    private static void collectObjects(JsonNode node, Consumer<JsonNode> objects) {
        if (node.isObject()) {
            objects.accept(node);
        }
        node.elements().forEachRemaining(child -> collectObjects(child, objects));
    }

    private static void collectContainers(JsonNode node, Consumer<JsonNode> containers) {
        if (node.isContainerNode()) {
            containers.accept(node);
        }
        node.elements().forEachRemaining(child -> collectContainers(child, containers));
    }

    private static List<Object> keysOf(JsonNode container) {
        List<Object> keys = new ArrayList<>();
        if (container.isObject()) {
            container.fieldNames().forEachRemaining(keys::add);
        } else {
            for (int i = 0; i < container.size(); i++) {
                keys.add(i);
            }
        }
        return keys;
    }

    /** Sets {@code container[key]} to {@code value}; returns what was there. */
    private static JsonNode replace(JsonNode container, Object key, JsonNode value) {
        if (container instanceof ObjectNode object) {
            return object.replace((String) key, value);
        }
        ArrayNode array = (ArrayNode) container;
        JsonNode old = array.get((Integer) key);
        array.set((Integer) key, value);
        return old;
    }
}
