package io.github.payhawk4j.spec;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.payhawk4j.model.fundaccount.BankStatement;
import io.github.payhawk4j.model.supplier.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every property of every response schema the spec documents (followed through {@code $ref},
 * {@code allOf}/{@code oneOf}/{@code anyOf}, arrays and nested objects) has an accessor, named as the property,
 * in the model the SDK method of that operation returns (resolved from the method's generic return type), of a type
 * that can carry it. Deliberate renames are listed in {@link ModelCoverage#ALIASES}, each with its reason.
 */
class ResponsePropertyCompletenessTest {

    private static final OpenApiDocument SPEC = OpenApiDocument.load();
    private static final ApiReferenceTable TABLE = ApiReferenceTable.read();
    private static final ModelCoverage COVERAGE = new ModelCoverage(SPEC);

    private final SpecBackedApi api = SpecBackedApi.shared();

    @AfterAll
    static void report() {
        System.out.println("ResponsePropertyCompletenessTest: " + COVERAGE.checkedProperties()
                + " response properties checked (nested ones included, once per operation), "
                + COVERAGE.unrepresentableProperties() + " unrepresentable");
    }

    static Stream<ApiReferenceTable.Row> mappedRowsWithAResponseBody() {
        Map<String, OpenApiDocument.SpecOperation> operations = operationsByKey();
        return TABLE.rows().stream().filter(ApiReferenceTable.Row::isMapped)
                .filter(row -> operations.containsKey(row.key()) && operations.get(row.key()).responseSchema() != null);
    }

    /** The full-coverage gate: fails while an operation with a response body has no SDK method to check it with. */
    @Test
    void everyResponseSchemaOfTheSpecIsCheckedAgainstAModel() {
        Map<String, ApiReferenceTable.Row> rows = TABLE.rows().stream()
                .collect(Collectors.toMap(ApiReferenceTable.Row::key, row -> row, (a, b) -> a));
        List<OpenApiDocument.SpecOperation> withBody = SPEC.operations().stream()
                .filter(o -> o.responseSchema() != null).toList();
        List<String> unchecked = withBody.stream()
                .filter(o -> !rows.containsKey(o.key()) || !rows.get(o.key()).isMapped())
                .map(o -> o.key() + " -> " + o.responseSchema())
                .toList();
        String coverage = (withBody.size() - unchecked.size()) + " of " + withBody.size()
                + " operations with a response body have an SDK method whose model is checked";
        System.out.println("ResponsePropertyCompletenessTest: " + coverage);
        assertThat(unchecked).withFailMessage(coverage + "; unchecked:%n  %s", String.join("\n  ", unchecked)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mappedRowsWithAResponseBody")
    void theModelTheMethodReturnsCarriesEveryPropertyOfTheResponse(ApiReferenceTable.Row row) {
        OpenApiDocument.SpecOperation operation = operationsByKey().get(row.key());
        ServiceBinding.Bound bound = ServiceBinding.bound(row, operation);

        List<String> unrepresentable = COVERAGE.unrepresentable(operation, bound.call().method().getGenericReturnType());

        assertThat(unrepresentable).as(row + " returning " + bound.call().method().getGenericReturnType().getTypeName()
                + ": properties of " + operation.responseSchema() + " it cannot carry").isEmpty();
    }

    @Test
    void aModelWithoutAPropertysAccessorIsReported() throws Exception {
        OpenApiDocument.SpecOperation getExpense = operationsByKey().get("GET /accounts/{accountId}/expenses/{expenseId}");

        List<String> unrepresentable = new ModelCoverage(SPEC).unrepresentable(getExpense, Supplier.class);

        assertThat(unrepresentable).contains("IExpense.isPaid: Supplier has no accessor isPaid()",
                "IExpense.createdAt: Supplier has no accessor createdAt()");
    }

    @Test
    void aCountOfObjectsMustBeWholeAndAnAmountMustBeABigDecimal() {
        OpenApiDocument.SpecOperation bankStatement = operationsByKey()
                .get("GET /accounts/{accountId}/fund-accounts/{fundAccountId}/bank-statement");

        List<String> unrepresentable = new ModelCoverage(SPEC).unrepresentable(bankStatement, Summed.class);

        assertThat(unrepresentable).containsExactly("IBankStatementResponse.lines: an array, held in a String",
                "IBankStatementResponse.total: a count of objects, held in a BigDecimal");
        assertThat(new ModelCoverage(SPEC).unrepresentable(bankStatement, BankStatement.class)).isEmpty();
    }

    @Test
    void theInviteResponseIsCheckedAsTheUserTheDocumentDescribesAndAnErratumTheDocumentNoLongerNeedsFails() {
        assertThat(operationsByKey().get("POST /accounts/{accountId}/users").responseSchema().get("$ref").asText())
                .isEqualTo("#/components/schemas/IAccountUser");

        assertThatThrownBy(() -> SpecErrata.responseSchema("POST /accounts/{accountId}/users",
                new ObjectMapper().createObjectNode().put("$ref", "#/components/schemas/IAccountUser")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("remove its erratum from SpecErrata");
    }

    /** A model holding a bank statement's count as an amount and its lines as text. */
    public static final class Summed {
        public String lines() {
            return "";
        }

        public java.math.BigDecimal total() {
            return java.math.BigDecimal.ONE;
        }

        public Map<String, Object> additionalProperties() {
            return Map.of();
        }
    }

    private static Map<String, OpenApiDocument.SpecOperation> operationsByKey() {
        return SPEC.operations().stream().collect(Collectors.toMap(OpenApiDocument.SpecOperation::key, o -> o));
    }
}
