package io.github.payhawk4j.json;

import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.deser.BeanDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBase;
import com.fasterxml.jackson.databind.deser.DefaultDeserializationContext;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.payhawk4j.model.OpenEnum;
import io.github.payhawk4j.model.expense.Expense;
import io.github.payhawk4j.model.expense.ExpenseStatus;
import io.github.payhawk4j.model.expense.ExpenseType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The open enums' deserializers, built when first used, read everything exactly as Jackson's built up front: every
 * open enum type, every kind of JSON value, at the root, in lists and maps, under the features that change
 * coercion, compared value by value or exception by exception (class and message); and reading an expense whose
 * enums are strings does not build them.
 */
class OpenEnumDeserializersTest {

    private static final List<String> INPUTS = List.of("\"card\"", "\"approved\"", "\"later\"", "\"\"", "\"  \"", "5", "-1",
            "1.5", "true", "false", "null", "{}", "{\"value\":\"card\"}", "[\"card\"]", "[]", "[null]", "[[\"card\"]]");

    private static final List<DeserializationFeature> FEATURES = List.of(DeserializationFeature.UNWRAP_SINGLE_VALUE_ARRAYS,
            DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY, DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT,
            DeserializationFeature.ACCEPT_EMPTY_ARRAY_AS_NULL_OBJECT, DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
            DeserializationFeature.WRAP_EXCEPTIONS);

    /** Every concrete open enum of the SDK, found among its classes. */
    static Stream<Class<?>> openEnums() throws IOException, URISyntaxException {
        Path classes = Path.of(OpenEnum.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes.resolve("io/github/payhawk4j/model"))) {
            for (Path file : (Iterable<Path>) files::iterator) {
                String name = classes.relativize(file).toString();
                if (name.endsWith(".class") && !name.contains("$")) {
                    try {
                        Class<?> type = Class.forName(name.replace('/', '.').replace('\\', '.').replaceAll("\\.class$", ""));
                        if (OpenEnum.class.isAssignableFrom(type) && !Modifier.isAbstract(type.getModifiers())) {
                            found.add(type);
                        }
                    } catch (ClassNotFoundException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        }
        assertThat(found).hasSizeGreaterThanOrEqualTo(20).contains(ExpenseType.class, ExpenseStatus.class);
        return found.stream();
    }

    private static ObjectMapper deferred() {
        return PayhawkJson.newObjectMapper();
    }

    private static ObjectMapper upFront() {
        return PayhawkJson.newObjectMapper(true, new JavaTimeModule(), false);
    }

    /** What {@code call} gives: its value, or the class and message of what it threw. */
    private static Object outcome(Callable<?> call) {
        try {
            return call.call();
        } catch (Exception e) {
            return e.getClass().getName() + ": " + e.getMessage();
        }
    }

    @ParameterizedTest
    @MethodSource("openEnums")
    void readsEveryFormAsJacksonsOwnDeserializerDoes(Class<?> type) {
        ObjectMapper deferred = deferred();
        ObjectMapper upFront = upFront();
        List<JavaType> targets = List.of(deferred.constructType(type),
                deferred.getTypeFactory().constructCollectionType(List.class, type),
                deferred.getTypeFactory().constructMapType(Map.class, String.class, type));
        List<ObjectReader[]> readers = new ArrayList<>();
        readers.add(new ObjectReader[] {deferred.reader(), upFront.reader()});
        for (DeserializationFeature feature : FEATURES) {
            readers.add(new ObjectReader[] {deferred.reader().with(feature), upFront.reader().with(feature)});
            readers.add(new ObjectReader[] {deferred.reader().without(feature), upFront.reader().without(feature)});
        }
        for (JavaType target : targets) {
            for (String input : INPUTS) {
                String json = target.isCollectionLikeType() ? "[" + input + "]" : target.isMapLikeType() ? "{\"k\":" + input + "}" : input;
                for (ObjectReader[] pair : readers) {
                    assertThat(outcome(() -> pair[0].forType(target).readValue(json)))
                            .as("%s from %s", target, json)
                            .isEqualTo(outcome(() -> pair[1].forType(target).readValue(json)));
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("openEnums")
    void answersAsJacksonsOwnDeserializerBeforeAndAfterItIsBuilt(Class<?> type) throws Exception {
        DeserializationContext deferredContext = context(deferred());
        DeserializationContext upFrontContext = context(upFront());
        JsonDeserializer<Object> placeholder = deferredContext.findRootValueDeserializer(deferredContext.constructType(type));
        JsonDeserializer<Object> jackson = upFrontContext.findRootValueDeserializer(upFrontContext.constructType(type));

        assertThat(placeholder).isInstanceOf(OpenEnumDeserializers.Deferred.class);
        assertThat(jackson).isInstanceOf(BeanDeserializerBase.class);
        for (int pass = 0; pass < 2; pass++) {
            assertThat(placeholder.getNullValue(deferredContext)).isEqualTo(jackson.getNullValue(upFrontContext));
            assertThat(placeholder.getAbsentValue(deferredContext)).isEqualTo(jackson.getAbsentValue(upFrontContext));
            assertThat(placeholder.getNullAccessPattern()).isEqualTo(jackson.getNullAccessPattern());
            assertThat(placeholder.getEmptyAccessPattern()).isEqualTo(jackson.getEmptyAccessPattern());
            assertThat(placeholder.isCachable()).isEqualTo(jackson.isCachable());
            assertThat(placeholder.handledType()).isEqualTo(jackson.handledType());
            assertThat(placeholder.logicalType()).isEqualTo(jackson.logicalType());
            assertThat(placeholder.supportsUpdate(deferredContext.getConfig())).isEqualTo(jackson.supportsUpdate(upFrontContext.getConfig()));
            assertThat(placeholder.getObjectIdReader()).isEqualTo(jackson.getObjectIdReader());
            assertThat(outcome(() -> placeholder.getEmptyValue(deferredContext)))
                    .isEqualTo(outcome(() -> jackson.getEmptyValue(upFrontContext)));
            // The second pass, after getEmptyValue built Jackson's deserializer behind the placeholder.
            assertThat(((OpenEnumDeserializers.Deferred) placeholder).isBuilt()).isTrue();
        }
    }

    /** What the placeholder answers unbuilt, it answers because Jackson's bean deserializers do not override it. */
    @Test
    void jacksonsBeanDeserializersInheritWhatThePlaceholderAnswersUnbuilt() {
        for (Class<?> bean : List.of(BeanDeserializer.class, BeanDeserializerBase.class)) {
            assertThat(Arrays.stream(bean.getDeclaredMethods()).map(java.lang.reflect.Method::getName))
                    .doesNotContain("getNullValue", "getAbsentValue");
        }
    }

    @Test
    void readingAnExpenseWhoseEnumsAreStringsBuildsNoOpenEnumDeserializer() throws Exception {
        ObjectMapper mapper = deferred();

        Expense expense = mapper.readValue("{\"id\":\"1\",\"type\":\"card\",\"status\":\"approved\"}", Expense.class);

        assertThat(expense.type()).isEqualTo(ExpenseType.CARD);
        DeserializationContext context = context(mapper);
        for (Class<?> type : List.of(ExpenseType.class, ExpenseStatus.class)) {
            JsonDeserializer<Object> cached = context.findRootValueDeserializer(context.constructType(type));
            assertThat(cached).isInstanceOf(OpenEnumDeserializers.Deferred.class);
            assertThat(((OpenEnumDeserializers.Deferred) cached).isBuilt()).isFalse();
        }
        // A number where the enum's string belongs goes to Jackson's deserializer, as before.
        assertThat(outcome(() -> mapper.readValue("{\"id\":\"1\",\"type\":7}", Expense.class).type()))
                .isEqualTo(outcome(() -> upFront().readValue("{\"id\":\"1\",\"type\":7}", Expense.class).type()));
    }

    private static DeserializationContext context(ObjectMapper mapper) throws IOException {
        return ((DefaultDeserializationContext) mapper.getDeserializationContext())
                .createInstance(mapper.getDeserializationConfig(), mapper.createParser("null"), null);
    }
}
