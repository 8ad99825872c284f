package io.github.payhawk4j.http;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How a request's path and query are encoded, and which methods count as idempotent. */
class ApiRequestTest {

    @Test
    void joinsSegmentsUnderTheApiRoot() {
        assertThat(ApiRequest.of("GET", "accounts", "acme", "expenses", "1207").path())
                .isEqualTo("/api/v3/accounts/acme/expenses/1207");
    }

    @Test
    void percentEncodesEachSegmentSoIdsCannotChangeThePath() {
        ApiRequest request = ApiRequest.of("GET", "accounts", "acme ltd", "expenses", "a/b?c#d%e");

        assertThat(request.path()).isEqualTo("/api/v3/accounts/acme%20ltd/expenses/a%2Fb%3Fc%23d%25e");
    }

    @Test
    void encodesNonAsciiIdsAsUtf8() {
        assertThat(ApiRequest.of("GET", "accounts", "café").path()).isEqualTo("/api/v3/accounts/caf%C3%A9");
    }

    @Test
    void refusesEmptyAndNullSegments() {
        assertThatThrownBy(() -> ApiRequest.of("GET", "accounts", "", "expenses"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empty");
        assertThatThrownBy(() -> ApiRequest.of("GET", "accounts", null, "expenses"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesDotSegmentsSoNoIdCanChangeTheEndpoint() {
        // A normalizing server or proxy resolves "." and ".." (also as %2E) before routing.
        for (String dots : new String[] {".", ".."}) {
            assertThatThrownBy(() -> ApiRequest.of("GET", "accounts", "acme", "expenses", dots))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("\"" + dots + "\"");
            assertThatThrownBy(() -> ApiRequest.of("GET", "accounts", dots, "expenses", "1207"))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void encodesEverythingElseThatLooksLikeATraversal() {
        assertThat(ApiRequest.of("GET", "accounts", "acme", "expenses", "...").path())
                .isEqualTo("/api/v3/accounts/acme/expenses/...");
        assertThat(ApiRequest.of("GET", "accounts", "acme", "expenses", "../webhooks").path())
                .isEqualTo("/api/v3/accounts/acme/expenses/..%2Fwebhooks");
        assertThat(ApiRequest.of("GET", "accounts", "acme", "expenses", "%2e%2e").path())
                .isEqualTo("/api/v3/accounts/acme/expenses/%252e%252e");
        assertThat(ApiRequest.of("GET", "accounts", "acme", "expenses", "..;x").path())
                .isEqualTo("/api/v3/accounts/acme/expenses/..%3Bx");
        assertThat(ApiRequest.of("GET", "accounts", "acme", "expenses", "..\\").path())
                .isEqualTo("/api/v3/accounts/acme/expenses/..%5C");
        assertThat(ApiRequest.of("GET", "accounts", "acme", "expenses", ".hidden").path())
                .isEqualTo("/api/v3/accounts/acme/expenses/.hidden");
    }

    @Test
    void pathAndQueryIsThePathAloneWithoutQuery() {
        assertThat(ApiRequest.of("GET", "accounts", "a", "expenses").pathAndQuery())
                .isEqualTo("/api/v3/accounts/a/expenses");
    }

    @Test
    void pathAndQueryEncodesNamesAndValuesInTheOrderAdded() {
        ApiRequest request = ApiRequest.of("GET", "accounts", "a", "expenses")
                .withQuery("$take", "10")
                .withQuery("$filter", "{\"createdAt\":{\"$gte\":\"2026-01-01\"}}")
                .withQuery("note", "a b+c&d=e");

        assertThat(request.pathAndQuery()).isEqualTo("/api/v3/accounts/a/expenses"
                + "?%24take=10"
                + "&%24filter=%7B%22createdAt%22%3A%7B%22%24gte%22%3A%222026-01-01%22%7D%7D"
                + "&note=a%20b%2Bc%26d%3De");
    }

    @Test
    void aNullQueryValueIsNotSent() {
        ApiRequest request = ApiRequest.of("GET", "accounts", "a", "expenses").withQuery("$skip", null);

        assertThat(request.query()).isEmpty();
        assertThat(request.pathAndQuery()).isEqualTo("/api/v3/accounts/a/expenses");
    }

    @Test
    void postAndPatchAreNotIdempotentTheOthersAre() {
        assertThat(ApiRequest.of("POST", "x").idempotent()).isFalse();
        assertThat(ApiRequest.of("PATCH", "x").idempotent()).isFalse();
        assertThat(ApiRequest.of("GET", "x").idempotent()).isTrue();
        assertThat(ApiRequest.of("PUT", "x").idempotent()).isTrue();
        assertThat(ApiRequest.of("DELETE", "x").idempotent()).isTrue();
    }

    @Test
    void aTemplatedRequestFillsItsPlaceholdersWithEncodedIdsAndKeepsTheTemplateWithoutThem() {
        ApiRequest request = ApiRequest.to("GET", "/accounts/{accountId}/expenses/{expenseId}/files", "acme ltd", "a/b");

        assertThat(request.path()).isEqualTo("/api/v3/accounts/acme%20ltd/expenses/a%2Fb/files");
        assertThat(request.pathTemplate()).isEqualTo("/accounts/{accountId}/expenses/{expenseId}/files");
        assertThat(request.withQuery("$take", "5").withTimeout(java.time.Duration.ofSeconds(1)).pathTemplate())
                .isEqualTo(request.pathTemplate());
        assertThat(ApiRequest.of("GET", "rsa-public-key").pathTemplate()).isEqualTo("/rsa-public-key");
    }

    @Test
    void aTemplatedRequestRejectsDotIdsAndAMismatchOfIdsAndPlaceholders() {
        assertThatThrownBy(() -> ApiRequest.to("GET", "/accounts/{accountId}/expenses/{expenseId}", "acme", ".."))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ApiRequest.to("GET", "/accounts/{accountId}/expenses/{expenseId}", "acme"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("more placeholders than ids");
        assertThatThrownBy(() -> ApiRequest.to("GET", "/accounts/{accountId}", "acme", "extra"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("more ids than placeholders");
        assertThatThrownBy(() -> ApiRequest.to("GET", "accounts/{accountId}", "acme"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("starts with /");
    }
}
