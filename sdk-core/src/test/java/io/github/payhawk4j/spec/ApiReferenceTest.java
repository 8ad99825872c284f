package io.github.payhawk4j.spec;

import io.github.payhawk4j.service.RawResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code docs/api-reference.md} checked against the OpenAPI document and the SDK: one row per operation of the
 * spec and nothing else; every row names a method ({@code TODO} rows fail {@link #everyOperationOfTheSpecHasAnSdkMethod});
 * the named method exists on the blocking service interface, on its async twin and in both
 * {@code withRawResponse()} forms; and, called on a client pointed at WireMock answering every operation with a
 * spec-valid generated response, it sends the row's HTTP method and path (path variables filled from the
 * arguments, not constants), and so do its three other forms, returning the same value.
 */
class ApiReferenceTest {

    private static final OpenApiDocument SPEC = OpenApiDocument.load();
    private static final ApiReferenceTable TABLE = ApiReferenceTable.read();

    private final SpecBackedApi api = SpecBackedApi.shared();

    static Stream<ApiReferenceTable.Row> mappedRows() {
        return TABLE.rows().stream().filter(ApiReferenceTable.Row::isMapped);
    }

    @Test
    void theTableHasOneWellFormedRowForEachOperationOfTheSpecAndNoOther() {
        Map<String, Long> rowsPerOperation = TABLE.rows().stream()
                .collect(Collectors.groupingBy(ApiReferenceTable.Row::key, LinkedHashMap::new, Collectors.counting()));
        List<String> specOperations = SPEC.operations().stream().map(OpenApiDocument.SpecOperation::key).toList();

        assertThat(TABLE.malformed()).as("rows of " + ApiReferenceTable.LOCATION + " without the shape"
                + " | METHOD | `path` | `Service#method` or TODO | summary |").isEmpty();
        assertThat(rowsPerOperation).as("operations with more than one row")
                .allSatisfy((operation, rows) -> assertThat(rows).as(operation).isEqualTo(1L));
        assertThat(specOperations).as("operations of the spec without a row in " + ApiReferenceTable.LOCATION)
                .allMatch(rowsPerOperation::containsKey);
        assertThat(rowsPerOperation.keySet()).as("rows for operations the spec does not have")
                .allMatch(specOperations::contains);
        assertThat(specOperations).hasSize(97);
    }

    /** The full-coverage gate: fails, listing them, while any operation's row still says TODO. */
    @Test
    void everyOperationOfTheSpecHasAnSdkMethod() {
        Map<String, ApiReferenceTable.Row> rows = TABLE.rows().stream()
                .collect(Collectors.toMap(ApiReferenceTable.Row::key, row -> row, (a, b) -> a));
        List<String> missing = SPEC.operations().stream()
                .filter(operation -> !rows.containsKey(operation.key()) || !rows.get(operation.key()).isMapped())
                .map(operation -> operation.key() + " (" + operation.summary() + ")")
                .toList();
        String coverage = (SPEC.operations().size() - missing.size()) + " of " + SPEC.operations().size()
                + " operations mapped to an SDK method in " + ApiReferenceTable.LOCATION;
        System.out.println("ApiReferenceTest: " + coverage + (missing.isEmpty() ? "" : "; missing " + missing.size()));
        assertThat(missing).withFailMessage(coverage + "; missing:%n  %s", String.join("\n  ", missing)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mappedRows")
    void theNamedMethodExistsBlockingAsyncAndWithRawResponse(ApiReferenceTable.Row row) {
        Optional<Class<?>> service = ServiceBinding.blockingInterface(row.service());
        assertThat(service).withFailMessage("%s: there is no interface %s.%s", row, ServiceBinding.SERVICE_PACKAGE,
                row.service()).isPresent();
        List<Method> overloads = ServiceBinding.overloads(service.get(), row.method());
        assertThat(overloads).withFailMessage("%s: %s has no method %s", row, row.service(), row.method()).isNotEmpty();

        Optional<Class<?>> async = ServiceBinding.asyncInterface(service.get());
        assertThat(async).withFailMessage("%s: there is no async twin %s.%sAsync", row, ServiceBinding.ASYNC_PACKAGE,
                row.service()).isPresent();
        Class<?> raw = ServiceBinding.rawInterface(service.get()).orElseThrow(
                () -> new AssertionError(row.service() + " has no withRawResponse()"));
        Class<?> asyncRaw = ServiceBinding.rawInterface(async.get()).orElseThrow(
                () -> new AssertionError(row.service() + "Async has no withRawResponse()"));

        List<String> problems = new ArrayList<>();
        for (Method method : overloads) {
            Class<?>[] parameters = method.getParameterTypes();
            Type value = boxed(method.getGenericReturnType());
            expect(problems, ServiceBinding.method(async.get(), row.method(), parameters), CompletableFuture.class, value,
                    "async()." + signature(method));
            expect(problems, ServiceBinding.method(raw, row.method(), parameters), RawResponse.class, value,
                    "withRawResponse()." + signature(method));
            Method asyncRawMethod = ServiceBinding.method(asyncRaw, row.method(), parameters);
            if (asyncRawMethod == null) {
                problems.add("async().withRawResponse()." + signature(method) + " does not exist");
            } else if (!(asyncRawMethod.getGenericReturnType() instanceof ParameterizedType future)
                    || future.getRawType() != CompletableFuture.class
                    || !(future.getActualTypeArguments()[0] instanceof ParameterizedType response)
                    || response.getRawType() != RawResponse.class) {
                problems.add("async().withRawResponse()." + signature(method) + " returns "
                        + asyncRawMethod.getGenericReturnType().getTypeName() + ", not CompletableFuture<RawResponse<...>>");
            }
        }
        assertThat(problems).as(row.toString()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mappedRows")
    void theNamedMethodSendsTheRowsRequest(ApiReferenceTable.Row row) {
        OpenApiDocument.SpecOperation operation = SPEC.operations().stream()
                .filter(o -> o.key().equals(row.key())).findFirst()
                .orElseThrow(() -> new AssertionError(row + ": not an operation of the spec"));

        ServiceBinding.Bound bound = ServiceBinding.bound(row, operation);

        assertThat(bound.call().method().getName()).isEqualTo(row.method());
    }

    @Test
    void aRowNamingTheMethodOfAnotherOperationFailsSayingWhatTheMethodSent() {
        ApiReferenceTable.Row wrong = ApiReferenceTable.parse(List.of(
                "| GET | `/accounts/{accountId}/suppliers/{supplierId}` | `SupplierService#list` | Get a supplier |")).rows().get(0);
        OpenApiDocument.SpecOperation operation = SPEC.operations().stream()
                .filter(o -> o.key().equals(wrong.key())).findFirst().orElseThrow();

        assertThatThrownBy(() -> new ServiceBinding(api).bind(wrong, operation))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("no call of SupplierService#list sends GET /accounts/{accountId}/suppliers/{supplierId}")
                .hasMessageContaining("sent GET /api/v3/accounts/acme_logistics/suppliers");
    }

    @Test
    void aRowNamingTheMethodOfASiblingOperationFails() {
        ApiReferenceTable.Row wrong = ApiReferenceTable.parse(List.of(
                "| GET | `/accounts/{accountId}/expenses/{expenseId}/payments` | `ExpenseService#workflow` | x |")).rows().get(0);
        OpenApiDocument.SpecOperation operation = SPEC.operations().stream()
                .filter(o -> o.key().equals(wrong.key())).findFirst().orElseThrow();

        assertThatThrownBy(() -> new ServiceBinding(api).bind(wrong, operation))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("sent GET /api/v3/accounts/acme_logistics/expenses/expenseId-42/workflow");
    }

    /** {@code method} exists and returns {@code wrapper<value>} (value boxed; {@code Void} for void). */
    private static void expect(List<String> problems, Method method, Class<?> wrapper, Type value, String form) {
        if (method == null) {
            problems.add(form + " does not exist");
            return;
        }
        Type returned = method.getGenericReturnType();
        if (!(returned instanceof ParameterizedType parameterized) || parameterized.getRawType() != wrapper
                || !parameterized.getActualTypeArguments()[0].getTypeName().equals(value.getTypeName())
                && !(wrapper == CompletableFuture.class && isAsyncCounterpart(parameterized.getActualTypeArguments()[0], value))) {
            problems.add(form + " returns " + returned.getTypeName() + ", not " + wrapper.getSimpleName() + "<"
                    + value.getTypeName() + ">");
        }
    }

    /** The async twin of a lazily paging {@code AutoPagingIterable<T>} is a future of the first {@code AsyncPage<T>}. */
    private static boolean isAsyncCounterpart(Type async, Type blocking) {
        return async.getTypeName().replace("io.github.payhawk4j.service.async.AsyncPage", "X")
                .equals(blocking.getTypeName().replace("io.github.payhawk4j.service.AutoPagingIterable", "X"));
    }

    private static Type boxed(Type type) {
        return type == void.class ? Void.class : type == boolean.class ? Boolean.class : type == long.class ? Long.class
                : type == int.class ? Integer.class : type;
    }

    private static String signature(Method method) {
        return method.getName() + Arrays.stream(method.getParameterTypes()).map(Class::getSimpleName)
                .collect(Collectors.joining(", ", "(", ")"));
    }
}
