package io.github.payhawk4j.examples.snippets;

import com.fasterxml.jackson.databind.node.DecimalNode;
import io.github.payhawk4j.client.PayhawkClient;
import io.github.payhawk4j.sandbox.CardPurchase;
import io.github.payhawk4j.sandbox.PayhawkSandbox;
import io.github.payhawk4j.model.Page;
import io.github.payhawk4j.model.expense.Expense;
import io.github.payhawk4j.model.expense.ExpenseStatus;
import io.github.payhawk4j.model.webhook.EventType;
import io.github.payhawk4j.model.webhook.WebhookSubscription;
import io.github.payhawk4j.model.webhook.WebhookSubscriptionStatus;
import io.github.payhawk4j.query.ExpenseQuery;
import io.github.payhawk4j.service.RawResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Runs the client code shown in README.md and docs/client.md against the local sandbox. */
class ClientSnippetsTest {

    private static PayhawkSandbox sandbox;
    private static PayhawkClient client;
    private static String lufthansa;
    private static String hotel;

    @BeforeAll
    static void startSandbox() {
        sandbox = PayhawkSandbox.builder().accountId("acme_ltd_5f2c").additionalAccount("acme_gmbh_81aa").start();
        client = ClientSnippets.configureClient(sandbox.apiKey(), sandbox.baseUrl());
        lufthansa = sandbox.account().createCardExpense(CardPurchase.of("Lufthansa", new BigDecimal("412.30"), "EUR"));
        hotel = sandbox.account().createCardExpense(CardPurchase.of("Hotel Adlon", new BigDecimal("250.00"), "USD")
                .withFxRate(new BigDecimal("0.92")));
        sandbox.account().createCardExpense(CardPurchase.of("Deutsche Bahn", new BigDecimal("89.90"), "EUR"));
        sandbox.account().reviewExpense(lufthansa);
        sandbox.account().reviewExpense(hotel);
    }

    @AfterAll
    static void stopSandbox() {
        sandbox.close();
    }

    @Test
    void theConfiguredClientNeverShowsItsKey() {
        assertThat(client.toString()).doesNotContain(sandbox.apiKey()).contains("acme_ltd_5f2c");
    }

    @Test
    void quickStartSumsTheBaseAmountsOfReadyExpensesExactly() {
        BigDecimal expected = sandbox.account().expense(lufthansa).path("reconciliation").path("baseTotalAmount").decimalValue()
                .add(sandbox.account().expense(hotel).path("reconciliation").path("baseTotalAmount").decimalValue());

        assertThat(ClientSnippets.quickStart(client)).isEqualByComparingTo(expected);
    }

    @Test
    void theFilterExampleFindsTheReadyLufthansaCardExpense() {
        Page<Expense> page = ClientSnippets.filterAndPage(client);

        assertThat(page.items()).extracting(Expense::id).containsExactly(lufthansa);
        assertThat(page.total()).isEqualTo(1);
    }

    @Test
    void streamingCountsEveryCardExpense() {
        assertThat(ClientSnippets.stream(client, ExpenseQuery.builder().take(2).build())).isEqualTo(3);
    }

    @Test
    void errorsTurnANotFoundIntoAnEmptyResult() {
        assertThat(ClientSnippets.errors(client, "no-such-expense")).isEmpty();
        assertThat(ClientSnippets.errors(client, hotel)).get().extracting(Expense::id).isEqualTo(hotel);
    }

    @Test
    void externalLinksAreWrittenBack() {
        Expense updated = ClientSnippets.writeBack(client, lufthansa);

        assertThat(updated.externalLinks()).singleElement()
                .satisfies(link -> assertThat(link.url()).isEqualTo("https://erp.example.com/journal/JE-2026-0042"));
        assertThat(client.expenses().get(lufthansa).externalLinks()).hasSize(1);
    }

    @Test
    void asyncGetsFetchEveryExpense() {
        assertThat(ClientSnippets.async(client, List.of(lufthansa, hotel))).extracting(Expense::id)
                .containsExactly(lufthansa, hotel);
    }

    @Test
    void approvedSinceReadsTheWorkflowOfEveryCandidate() {
        Instant since = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        sandbox.account().approveExpense(lufthansa);

        assertThat(ClientSnippets.approvedSince(client, since)).containsExactly(lufthansa);
        assertThat(ClientSnippets.approvedSince(client, Instant.now().plusSeconds(60))).isEmpty();
    }

    @Test
    void asyncPagingVisitsEveryExpenseAcrossPages() {
        assertThat(ClientSnippets.asyncPaging(client, ExpenseQuery.builder().take(2).build())).hasSize(3)
                .contains(lufthansa, hotel);
    }

    @Test
    void perCallOptionsGetTheSameExpenseWithoutChangingTheClient() {
        assertThat(ClientSnippets.perCallOptions(client, hotel)).extracting(Expense::id).containsExactly(hotel, hotel);
    }

    @Test
    void theRawResponseCarriesTheStatusHeadersAndTheExpense() {
        RawResponse<Expense> response = ClientSnippets.rawResponse(client, hotel);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.header("content-type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(response.value().id()).isEqualTo(hotel);
    }

    @Test
    void aFieldWithoutAnAccessorIsReadFromAdditionalProperties() {
        Expense withFootprint = Expense.builder().id("1207")
                .putAdditionalProperty("carbonFootprintKg", DecimalNode.valueOf(new BigDecimal("61.30"))).build();

        assertThat(ClientSnippets.unknownFields(withFootprint)).isEqualTo("61.30 kg");
        assertThat(ClientSnippets.unknownFields(client.expenses().get(hotel))).isEqualTo("not sent");
    }

    @Test
    void theSwitchOverKnownStatusesHasABranchForStatusesAddedLater() {
        assertThat(ClientSnippets.knownSwitch(client.expenses().get(lufthansa))).isEqualTo("to export");
        assertThat(ClientSnippets.knownSwitch(Expense.builder().status(ExpenseStatus.of("inReview")).build()))
                .isEqualTo("new status inReview");
    }

    @Test
    void modelsBuiltForTestsCompareByValue() {
        List<Expense> built = ClientSnippets.modelBuilders();

        assertThat(built.get(0).reconciliation().baseTotalAmount()).isEqualTo("412.30");
        assertThat(built.get(1).status()).isEqualTo(ExpenseStatus.ARCHIVED);
        assertThat(built.get(1).toBuilder().status(ExpenseStatus.READY).build()).isEqualTo(built.get(0));
    }

    @Test
    void subscribingTwiceReusesTheActiveSubscriptionAndDeleteRemovesIt() {
        WebhookSubscription first = ClientSnippets.subscribe(client, "https://erp.example.com/payhawk/webhooks");
        WebhookSubscription second = ClientSnippets.subscribe(client, "https://erp.example.com/payhawk/webhooks");

        assertThat(second.id()).isEqualTo(first.id());
        assertThat(first.status()).isEqualTo(WebhookSubscriptionStatus.ACTIVE);
        assertThat(first.eventType()).isEqualTo(EventType.EXPENSE_REVIEWED);

        ClientSnippets.unsubscribe(client, first.id());
        assertThat(client.webhooks().list()).extracting(WebhookSubscription::id).doesNotContain(first.id());
    }

    @Test
    void subscribingAPlainHttpUrlIsRefusedBeforeAnythingIsSent() {
        assertThatIllegalArgumentException().isThrownBy(() -> ClientSnippets.subscribe(client, "http://erp.example.com/hooks"))
                .withMessageContaining("https://");
    }

    @Test
    void anotherAccountIsOneCallAway() {
        String other = sandbox.account("acme_gmbh_81aa").createCardExpense(CardPurchase.of("Sixt", new BigDecimal("120.00"), "EUR"));

        assertThat(ClientSnippets.accountScope(client, hotel, other)).extracting(Expense::id).containsExactly(hotel, other);
    }
}
