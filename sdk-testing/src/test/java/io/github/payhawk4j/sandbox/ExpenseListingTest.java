package io.github.payhawk4j.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.ArrayList;
import java.util.List;

import static io.github.payhawk4j.sandbox.SandboxApi.encode;
import static org.assertj.core.api.Assertions.assertThat;

/** GET /expenses: $filter with every operator, $and / $or, dotted fields; $orderBy; $skip / $take and total. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExpenseListingTest {

    private PayhawkSandbox sandbox;
    private SandboxApi api;
    private String expenses;

    @BeforeAll
    void seedFourExpenses() {
        sandbox = TestSigner.quickSandbox().start();
        api = new SandboxApi(sandbox);
        expenses = "/api/v3/accounts/" + sandbox.accountId() + "/expenses";
        sandbox.account().addExpense("""
                {"id":"101","createdAt":"2026-03-01T09:00:00.000Z","type":"card","status":"draft","title":"Flight",
                 "supplier":{"name":"Lufthansa"},"reconciliation":{"baseCurrency":"EUR","baseTotalAmount":420.00}}""");
        sandbox.account().addExpense("""
                {"id":"102","createdAt":"2026-03-02T10:00:00.000Z","type":"bank","status":"ready","title":"Licences",
                 "supplier":{"name":"Payhawk Ltd"},"reconciliation":{"baseCurrency":"EUR","baseTotalAmount":1234.10}}""");
        sandbox.account().addExpense("""
                {"id":"103","createdAt":"2026-03-03T11:00:00.000Z","type":"reimbursable","status":"archived",
                 "title":"Team lunch","reconciliation":{"baseCurrency":"EUR","baseTotalAmount":85.5}}""");
        sandbox.account().addExpense("""
                {"id":"104","createdAt":"2026-03-02T23:59:59.999Z","type":"card","status":"ready","title":"Taxi",
                 "supplier":{"name":"Uber"},"reconciliation":{"baseCurrency":"EUR","baseTotalAmount":23}}""");
    }

    @AfterAll
    void stop() {
        sandbox.close();
    }

    private List<String> idsMatching(String filter) {
        SandboxApi.Answer answer = api.get(expenses + "?$filter=" + encode(filter));
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return ids(answer.json());
    }

    private static List<String> ids(JsonNode list) {
        List<String> ids = new ArrayList<>();
        list.get("items").forEach(item -> ids.add(item.get("id").asText()));
        return ids;
    }

    @Nested
    class Filters {

        @Test
        void withoutFilterListsEverythingInCreationOrder() {
            JsonNode list = api.get(expenses).json();
            assertThat(ids(list)).containsExactly("101", "102", "103", "104");
            assertThat(list.get("total").asInt()).isEqualTo(4);
        }

        @Test
        void equalMatchesStatus() {
            assertThat(idsMatching("{\"status\":{\"$equal\":\"ready\"}}")).containsExactly("102", "104");
        }

        @Test
        void inMatchesAnyOfTheIds() {
            assertThat(idsMatching("{\"id\":{\"$in\":[\"101\",\"103\",\"999\"]}}")).containsExactly("101", "103");
        }

        @Test
        void notEqualExcludesTheType() {
            assertThat(idsMatching("{\"type\":{\"$notEqual\":\"card\"}}")).containsExactly("102", "103");
        }

        @Test
        void containsOnADottedFieldIgnoresCase() {
            assertThat(idsMatching("{\"supplier.name\":{\"$contains\":\"payhawk\"}}")).containsExactly("102");
        }

        @Test
        void equalOnADateComparesTheUtcDateOnly() {
            assertThat(idsMatching("{\"createdAt\":{\"$equal\":\"2026-03-02T00:00:00.000Z\"}}"))
                    .containsExactly("102", "104");
        }

        @Test
        void lessThanAndGreaterThanOnDatesCompareWholeDays() {
            assertThat(idsMatching("{\"createdAt\":{\"$lessThan\":\"2026-03-02T12:00:00.000Z\"}}"))
                    .containsExactly("101");
            assertThat(idsMatching("{\"createdAt\":{\"$greaterThan\":\"2026-03-02T00:00:00.000Z\"}}"))
                    .containsExactly("103");
        }

        @Test
        void lessThanAndGreaterThanOnAmountsCompareNumbers() {
            assertThat(idsMatching("{\"reconciliation.baseTotalAmount\":{\"$greaterThan\":420}}"))
                    .containsExactly("102");
            assertThat(idsMatching("{\"reconciliation.baseTotalAmount\":{\"$lessThan\":85.50}}"))
                    .containsExactly("104");
        }

        @Test
        void emptyMatchesMissingFieldsAndItsNegation() {
            assertThat(idsMatching("{\"supplier.name\":{\"$empty\":true}}")).containsExactly("103");
            assertThat(idsMatching("{\"supplier.name\":{\"$empty\":false}}")).containsExactly("101", "102", "104");
        }

        @Test
        void andRequiresEveryPart() {
            assertThat(idsMatching("{\"$and\":[{\"status\":{\"$equal\":\"ready\"}},{\"type\":{\"$equal\":\"card\"}}]}"))
                    .containsExactly("104");
        }

        @Test
        void orRequiresAnyPartAndNestsInsideAnd() {
            assertThat(idsMatching("{\"$or\":[{\"type\":{\"$equal\":\"bank\"}},{\"supplier.name\":{\"$equal\":\"Uber\"}}]}"))
                    .containsExactly("102", "104");
            assertThat(idsMatching("{\"$and\":[{\"status\":{\"$notEqual\":\"archived\"}},"
                    + "{\"$or\":[{\"title\":{\"$equal\":\"Flight\"}},{\"title\":{\"$equal\":\"Taxi\"}}]}]}"))
                    .containsExactly("101", "104");
        }

        @Test
        void severalConditionsInOneObjectMustAllHold() {
            assertThat(idsMatching("{\"status\":{\"$equal\":\"ready\"},\"supplier.name\":{\"$notEqual\":\"Uber\"}}"))
                    .containsExactly("102");
        }

        @Test
        void totalCountsAllMatchesNotJustThePage() {
            JsonNode list = api.get(expenses + "?$take=1&$filter=" + encode("{\"type\":{\"$equal\":\"card\"}}")).json();
            assertThat(ids(list)).containsExactly("101");
            assertThat(list.get("total").asInt()).isEqualTo(2);
        }

        @Test
        void unknownOperatorIsABadRequest() {
            SandboxApi.Answer answer = api.get(expenses + "?$filter=" + encode("{\"status\":{\"$like\":\"r%\"}}"));
            assertThat(answer.status()).isEqualTo(400);
            assertThat(answer.json().get("code").asText()).isEqualTo("bad_request");
            assertThat(answer.json().get("message").asText()).contains("$like");
        }

        @Test
        void malformedFilterJsonIsABadRequest() {
            SandboxApi.Answer answer = api.get(expenses + "?$filter=" + encode("{\"status\":"));
            assertThat(answer.status()).isEqualTo(400);
            assertThat(answer.json().get("message").asText()).contains("$filter");
        }

        @Test
        void emptyAndOrIsABadRequest() {
            assertThat(api.get(expenses + "?$filter=" + encode("{\"$or\":[]}")).status()).isEqualTo(400);
        }
    }

    @Nested
    class Ordering {

        @Test
        void ordersByCreatedAtAscending() {
            JsonNode list = api.get(expenses + "?$orderBy=" + encode("[{\"createdAt\":\"asc\"}]")).json();
            assertThat(ids(list)).containsExactly("101", "102", "104", "103");
        }

        @Test
        void ordersByIdDescending() {
            JsonNode list = api.get(expenses + "?$orderBy=" + encode("[{\"id\":\"desc\"}]")).json();
            assertThat(ids(list)).containsExactly("104", "103", "102", "101");
        }

        @Test
        void numericIdsDoNotSortAsText() {
            try (PayhawkSandbox other = sandboxWithIds("9", "10", "100")) {
                SandboxApi otherApi = new SandboxApi(other);
                JsonNode list = otherApi.get("/api/v3/accounts/" + other.accountId() + "/expenses?$orderBy="
                        + encode("[{\"id\":\"asc\"}]")).json();
                assertThat(ids(list)).containsExactly("9", "10", "100");
            }
        }

        @Test
        void unknownOrderFieldIsABadRequest() {
            assertThat(api.get(expenses + "?$orderBy=" + encode("[{\"title\":\"asc\"}]")).status()).isEqualTo(400);
            assertThat(api.get(expenses + "?$orderBy=" + encode("{\"createdAt\":\"asc\"}")).status()).isEqualTo(400);
        }

        private PayhawkSandbox sandboxWithIds(String... ids) {
            PayhawkSandbox other = TestSigner.quickSandbox().start();
            for (int i = ids.length - 1; i >= 0; i--) {
                other.account().addExpense("{\"id\":\"" + ids[i] + "\"}");
            }
            return other;
        }
    }

    @Nested
    class Paging {

        @Test
        void skipAndTakeSliceTheOrderedResultAndTotalCountsAll() {
            JsonNode page = api.get(expenses + "?$skip=1&$take=2&$orderBy=" + encode("[{\"id\":\"asc\"}]")).json();
            assertThat(ids(page)).containsExactly("102", "103");
            assertThat(page.get("total").asInt()).isEqualTo(4);
        }

        @Test
        void skipPastTheEndGivesAnEmptyPageWithTheTotal() {
            JsonNode page = api.get(expenses + "?$skip=10").json();
            assertThat(page.get("items")).isEmpty();
            assertThat(page.get("total").asInt()).isEqualTo(4);
        }

        @Test
        void takeUpToOneThousandIsAccepted() {
            assertThat(api.get(expenses + "?$take=1000").status()).isEqualTo(200);
        }

        @Test
        void takeAboveOneThousandIsABadRequest() {
            SandboxApi.Answer answer = api.get(expenses + "?$take=1001");
            assertThat(answer.status()).isEqualTo(400);
            assertThat(answer.json().get("code").asText()).isEqualTo("bad_request");
            assertThat(answer.json().get("message").asText()).contains("$take");
        }

        @Test
        void zeroTakeNegativeSkipAndNonNumbersAreBadRequests() {
            assertThat(api.get(expenses + "?$take=0").status()).isEqualTo(400);
            assertThat(api.get(expenses + "?$skip=-1").status()).isEqualTo(400);
            assertThat(api.get(expenses + "?$take=ten").status()).isEqualTo(400);
        }
    }

    @Test
    void amountsComeBackExactlyAsStored() {
        SandboxApi.Answer answer = api.get(expenses + "/102");
        assertThat(answer.body()).contains("\"baseTotalAmount\":1234.10");
        assertThat(answer.json().at("/reconciliation/baseTotalAmount").decimalValue())
                .isEqualByComparingTo("1234.10")
                .hasScaleOf(2);
    }
}
