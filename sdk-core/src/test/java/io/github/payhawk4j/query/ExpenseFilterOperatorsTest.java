package io.github.payhawk4j.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The table of filter fields and operators in docs/client.md is the query classes' own: every row is derived here
 * from {@link ExpenseFilter}'s field methods by calling each operator and reading the JSON it produces, and the
 * operators each field sends are exactly those the OpenAPI document's {@code IExpenseFilter} allows for it (so an
 * {@code in(...)} exists wherever the spec has {@code $in}, and nowhere else). On a mismatch the expected table is
 * in the failure message, ready to paste.
 */
class ExpenseFilterOperatorsTest {

    private static final String BEGIN = "<!-- begin: expense-filter-operators";
    private static final String END = "<!-- end: expense-filter-operators -->";
    /** The order operators are listed in. */
    private static final List<String> OPERATOR_ORDER = List.of(
            "equalTo", "notEqualTo", "contains", "in", "lessThan", "greaterThan", "between", "empty");
    /** The order value types are listed in; {@code boolean} is {@code empty}'s and not listed. */
    private static final List<Class<?>> VALUE_ORDER = List.of(
            String.class, ExpenseFilterStatus.class, LocalDate.class, Instant.class, BigDecimal.class);

    /** One field of the filter as the classes define it. */
    record FieldRow(String method, String wireName, List<String> operators, List<String> values, Set<String> wireOperators) {
        String markdown() {
            return "| `" + method + "()` | `" + wireName + "` | "
                    + operators.stream().map(o -> "`" + o + "`").collect(Collectors.joining(", ")) + " | "
                    + values.stream().map(v -> "`" + v + "`").collect(Collectors.joining(", ")) + " |";
        }
    }

    @Test
    @DisplayName("docs/client.md lists every filter field with exactly the operators and value types the classes have")
    void theDocumentedTableIsTheClassesTable() {
        String expected = fieldRows().stream().map(FieldRow::markdown).collect(Collectors.joining("\n"));

        assertThat(documentedRows())
                .as("rows between %s and %s in docs/client.md; expected:%n%s%n", BEGIN, END, expected)
                .isEqualTo(expected);
    }

    @Test
    @DisplayName("each field sends exactly the operators IExpenseFilter allows for it, and every field of it is reachable")
    void everyFieldOffersExactlyTheOperatorsOfTheSpec() {
        JsonNode properties = spec().path("components").path("schemas").path("IExpenseFilter").path("properties");
        Map<String, Set<String>> specOperators = new LinkedHashMap<>();
        properties.fields().forEachRemaining(field -> {
            if (!field.getKey().startsWith("$")) {
                specOperators.put(field.getKey(), fieldNames(field.getValue().path("properties")));
            }
        });
        Map<String, Set<String>> classOperators = new LinkedHashMap<>();
        fieldRows().forEach(row -> classOperators.put(row.wireName(), row.wireOperators()));

        assertThat(classOperators).isEqualTo(specOperators);
    }

    @Test
    @DisplayName("status values are exactly the spec's enum for the status filter")
    void statusValuesAreTheSpecsEnum() {
        JsonNode values = spec().path("components").path("schemas").path("IExpenseFilter").path("properties")
                .path("status").path("properties").path("$equal").path("enum");
        Set<String> spec = new TreeSet<>();
        values.forEach(value -> spec.add(value.asText()));

        assertThat(Arrays.stream(ExpenseFilterStatus.values()).map(ExpenseFilterStatus::value)).containsExactlyInAnyOrderElementsOf(spec);
    }

    /** Rows in the order the field methods are declared in {@link ExpenseFilter}'s source, read by invoking them. */
    static List<FieldRow> fieldRows() {
        List<FieldRow> rows = new ArrayList<>();
        for (String name : fieldMethodsInSourceOrder()) {
            Object field = invoke(method(ExpenseFilter.class, name), null);
            List<Method> operators = Arrays.stream(field.getClass().getDeclaredMethods())
                    .filter(m -> Modifier.isPublic(m.getModifiers()) && m.getReturnType() == ExpenseFilter.class)
                    .toList();
            Set<String> wireNames = new TreeSet<>();
            Set<String> wireOperators = new TreeSet<>();
            for (Method operator : operators) {
                Map<String, Object> json = ((ExpenseFilter) invoke(operator, field, sample(operator))).toJsonTree();
                wireNames.addAll(json.keySet());
                json.values().forEach(value -> wireOperators.addAll(((Map<?, ?>) value).keySet().stream()
                        .map(String::valueOf).toList()));
            }
            assertThat(wireNames).as(name + "() writes one field").hasSize(1);
            List<String> operatorNames = operators.stream().map(Method::getName).distinct()
                    .sorted(Comparator.comparingInt(OPERATOR_ORDER::indexOf)).toList();
            assertThat(OPERATOR_ORDER).as("known operators").containsAll(operatorNames);
            List<String> values = operators.stream()
                    .flatMap(m -> Arrays.stream(m.getParameterTypes()))
                    .map(type -> type.isArray() || type == List.class ? String.class : type)
                    .filter(type -> type != boolean.class).distinct()
                    .sorted(Comparator.comparingInt(VALUE_ORDER::indexOf))
                    .map(Class::getSimpleName).toList();
            rows.add(new FieldRow(name, wireNames.iterator().next(), operatorNames, values, wireOperators));
        }
        return rows;
    }

    private static List<String> fieldMethodsInSourceOrder() {
        Set<String> fieldMethods = Arrays.stream(ExpenseFilter.class.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && Modifier.isStatic(m.getModifiers())
                        && m.getParameterCount() == 0 && m.getReturnType().getSimpleName().endsWith("Field"))
                .map(Method::getName).collect(Collectors.toSet());
        String source = read(root().resolve("sdk-core/src/main/java/io/github/payhawk4j/query/ExpenseFilter.java"));
        return fieldMethods.stream().sorted(Comparator.comparingInt(name -> source.indexOf(" " + name + "() {"))).toList();
    }

    private static Object[] sample(Method operator) {
        return Arrays.stream(operator.getParameterTypes()).map(type -> {
            if (type == String.class) {
                return "x";
            } else if (type == String[].class) {
                return new String[] {"x"};
            } else if (type == List.class) {
                return List.of("x");
            } else if (type == boolean.class) {
                return true;
            } else if (type == BigDecimal.class) {
                return BigDecimal.ONE;
            } else if (type == Instant.class) {
                return Instant.EPOCH;
            } else if (type == LocalDate.class) {
                return LocalDate.of(2026, 1, 31);
            } else if (type == ExpenseFilterStatus.class) {
                return ExpenseFilterStatus.READY;
            }
            throw new AssertionError("no sample for " + type + " of " + operator);
        }).toArray();
    }

    private static String documentedRows() {
        String doc = read(root().resolve("docs/client.md"));
        int begin = doc.indexOf(BEGIN);
        int end = doc.indexOf(END);
        assertThat(begin).as("docs/client.md has the marker " + BEGIN).isNotNegative();
        assertThat(end).as("docs/client.md has the marker " + END).isGreaterThan(begin);
        return doc.substring(begin, end).lines()
                .filter(line -> line.matches("\\| `\\w+\\(\\)`.*"))
                .collect(Collectors.joining("\n"));
    }

    private static Set<String> fieldNames(JsonNode object) {
        Set<String> names = new TreeSet<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static JsonNode spec() {
        try (InputStream in = ExpenseFilterOperatorsTest.class.getResourceAsStream("/openapi/payhawk-openapi.json")) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The repository root: the first folder upwards with a README.md beside a pom.xml. */
    private static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !(Files.exists(dir.resolve("README.md")) && Files.exists(dir.resolve("pom.xml")))) {
            dir = dir.getParent();
        }
        assertThat(dir).as("repository root above " + Path.of("").toAbsolutePath()).isNotNull();
        return dir;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Method method(Class<?> type, String name) {
        try {
            return type.getMethod(name);
        } catch (NoSuchMethodException e) {
            throw new AssertionError(e);
        }
    }

    private static Object invoke(Method method, Object target, Object... arguments) {
        try {
            return method.invoke(target, arguments);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new AssertionError("calling " + method, e);
        }
    }
}
