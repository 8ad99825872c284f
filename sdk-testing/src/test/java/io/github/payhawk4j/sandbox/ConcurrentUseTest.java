package io.github.payhawk4j.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** Operations and API calls from many threads at once. */
class ConcurrentUseTest {

    @Test
    void expensesCreatedFromManyThreadsAllGetDistinctIdsAndAreListed() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try (PayhawkSandbox sandbox = TestSigner.quickSandbox().start()) {
            SandboxApi api = new SandboxApi(sandbox);
            List<Future<String>> created = new ArrayList<>();
            for (int i = 0; i < 80; i++) {
                int n = i;
                created.add(threads.submit(() -> {
                    String id = sandbox.account().createCardExpense(CardPurchase.of("Shop " + n, new BigDecimal("1.00"), "EUR"));
                    sandbox.account().reviewExpense(id);
                    if (n % 10 == 0) {
                        assertThat(api.get("/api/v3/accounts/" + sandbox.accountId() + "/expenses/" + id).status())
                                .isEqualTo(200);
                    }
                    return id;
                }));
            }
            Set<String> ids = new HashSet<>();
            for (Future<String> id : created) {
                ids.add(id.get());
            }

            assertThat(ids).hasSize(80);
            JsonNode list = api.get("/api/v3/accounts/" + sandbox.accountId() + "/expenses").json();
            assertThat(list.get("total").asInt()).isEqualTo(80);
            assertThat(list.get("items").findValuesAsText("status")).containsOnly("ready");
        } finally {
            threads.shutdownNow();
        }
    }
}
