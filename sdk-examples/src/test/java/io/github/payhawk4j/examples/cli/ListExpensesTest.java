package io.github.payhawk4j.examples.cli;

import io.github.payhawk4j.sandbox.CardPurchase;
import io.github.payhawk4j.sandbox.PayhawkSandbox;
import io.github.payhawk4j.webhooks.testing.WebhookSigner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ListExpensesTest {

    private static final String WRONG_KEY = "wrong-key-7f3a9c";

    private static PayhawkSandbox sandbox;

    @BeforeAll
    static void seedASandbox() {
        SeedClock clock = new SeedClock();
        sandbox = PayhawkSandbox.builder().signer(WebhookSigner.generate()).withoutRateLimit().clock(clock).start();
        clock.pin(Instant.parse("2026-03-01T10:00:00Z"));
        String flight = sandbox.account().createCardExpense(CardPurchase.of("Lufthansa", new BigDecimal("100.00"), "EUR")
                .withTitle("Flight to the customer, economy class, with one checked bag"));
        sandbox.account().reviewExpense(flight);
        clock.pin(Instant.parse("2026-03-02T23:59:00Z"));
        sandbox.account().createCardExpense(CardPurchase.of("Hilton Paris", new BigDecimal("50.00"), "USD")
                .withFxRate(new BigDecimal("0.90")).withTitle("Hotel"));
        clock.pin(Instant.parse("2026-03-03T00:00:00Z"));
        String freight = sandbox.account().createCardExpense(CardPurchase.of("Lufthansa Cargo", new BigDecimal("10.10"), "EUR"));
        sandbox.account().reviewExpense(freight);
        clock.release();
        sandbox.account().addExpense("""
                {"createdAt":"2026-03-04T08:00:00.000Z","type":"reimbursable","status":"archived",
                 "title":"Taxi","supplier":{"name":"Taxi Co"},
                 "reconciliation":{"totalAmount":7.77,"currency":"EUR","baseTotalAmount":7.77,"baseCurrency":"EUR"}}
                """);
    }

    @AfterAll
    static void stopTheSandbox() {
        sandbox.close();
    }

    @Test
    void printsEveryExpenseOldestFirstWithAmountsInBothCurrenciesAndTheBaseTotal() {
        ProgramRun run = listExpenses();

        assertThat(run.status()).isZero();
        assertThat(run.err()).isEmpty();
        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(0)).startsWith("ID").contains("CREATED", "TYPE", "STATUS", "SUPPLIER", "AMOUNT",
                "BASE AMOUNT", "TITLE");
        assertThat(row(run, "1")).containsSequence("1", "2026-03-01", "card", "ready", "Lufthansa", "100.00", "EUR",
                "100.00", "EUR", "Flight", "to", "the", "customer,");
        assertThat(row(run, "1")).last().asString().endsWith("...");
        assertThat(row(run, "2")).containsSequence("2", "2026-03-02", "card", "draft", "Hilton", "Paris",
                "50.00", "USD", "45.00", "EUR", "Hotel");
        assertThat(row(run, "3")).containsSequence("3", "2026-03-03", "card", "ready", "Lufthansa", "Cargo");
        assertThat(row(run, "4")).containsSequence("4", "2026-03-04", "reimbursable", "archived", "Taxi", "Co",
                "7.77", "EUR", "7.77", "EUR", "Taxi");
        assertThat(lines).last().isEqualTo("4 expenses, total 162.87 EUR");
    }

    @Test
    void filtersByStatus() {
        ProgramRun run = listExpenses("--status", "ready");

        assertThat(ids(run)).containsExactly("1", "3");
        assertThat(run.out()).endsWith("2 expenses, total 110.10 EUR" + System.lineSeparator());
    }

    @Test
    void theDateRangeIncludesBothEnds() {
        ProgramRun run = listExpenses("--from", "2026-03-02", "--to", "2026-03-03");

        assertThat(ids(run)).containsExactly("2", "3");
        assertThat(run.out()).contains("2 expenses, total 55.10 EUR");
    }

    @Test
    void filtersBySupplierNameTypeAndCombinations() {
        assertThat(ids(listExpenses("--supplier", "Lufthansa"))).containsExactly("1", "3");
        assertThat(ids(listExpenses("--type", "reimbursable"))).containsExactly("4");
        assertThat(ids(listExpenses("--supplier", "Lufthansa", "--status", "ready", "--from", "2026-03-02")))
                .containsExactly("3");
    }

    @Test
    void stopsAtTheLimit() {
        ProgramRun run = listExpenses("--limit", "2");

        assertThat(ids(run)).containsExactly("1", "2");
        assertThat(run.out()).contains("2 expenses, total 145.00 EUR");
    }

    @Test
    void saysSoWhenNothingMatches() {
        ProgramRun run = listExpenses("--supplier", "Nobody");

        assertThat(run.status()).isZero();
        assertThat(run.out()).isEqualTo("0 expenses" + System.lineSeparator());
    }

    @Test
    void pagesThroughMoreExpensesThanOnePageHolds() {
        try (PayhawkSandbox big = PayhawkSandbox.builder().signer(WebhookSigner.generate()).withoutRateLimit().start()) {
            for (int i = 0; i < 1005; i++) {
                big.account().addExpense("{\"reconciliation\":{\"totalAmount\":1.25,\"currency\":\"EUR\","
                        + "\"baseTotalAmount\":1.25,\"baseCurrency\":\"EUR\"}}");
            }

            ProgramRun run = ProgramRun.of(ListExpenses::run, environment(big, big.apiKey()));

            assertThat(run.status()).isZero();
            assertThat(ids(run)).hasSize(1005).doesNotHaveDuplicates();
            assertThat(run.out()).contains("1005 expenses, total 1256.25 EUR");
        }
    }

    @Test
    void helpPrintsTheUsageAndTheRunCommand() {
        ProgramRun run = ProgramRun.of(ListExpenses::run, Map.of(), "--help");

        assertThat(run.status()).isZero();
        assertThat(run.out()).startsWith("Usage: ListExpenses").contains("--status ready|draft|archived",
                "PAYHAWK_API_KEY", "-Ddemo.main=io.github.payhawk4j.examples.cli.ListExpenses");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void anUnknownOptionOrABadValueIsAUsageError() {
        ProgramRun unknown = listExpenses("--colour", "red");
        ProgramRun badStatus = listExpenses("--status", "paid");
        ProgramRun badDate = listExpenses("--from", "yesterday");
        ProgramRun backwards = listExpenses("--from", "2026-03-05", "--to", "2026-03-01");

        assertThat(unknown.status()).isEqualTo(2);
        assertThat(unknown.err()).startsWith("ListExpenses: unknown option --colour").contains("Usage: ListExpenses");
        assertThat(unknown.out()).isEmpty();
        assertThat(badStatus.status()).isEqualTo(2);
        assertThat(badStatus.err()).contains("--status must be ready, draft or archived, not 'paid'");
        assertThat(badDate.status()).isEqualTo(2);
        assertThat(backwards.status()).isEqualTo(2);
        assertThat(backwards.err()).contains("--from 2026-03-05 is after --to 2026-03-01");
    }

    @Test
    void aWrongApiKeyFailsWithOneClearLineThatDoesNotShowTheKey() {
        ProgramRun run = ProgramRun.of(ListExpenses::run, environment(sandbox, WRONG_KEY));

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err().lines()).singleElement().asString()
                .startsWith("error: Payhawk did not accept the API key: GET /api/v3/accounts/")
                .contains("401")
                .endsWith("; check PAYHAWK_API_KEY");
        assertThat(run.all()).doesNotContain(WRONG_KEY);
    }

    @Test
    void missingSettingsOrAnUnusableBaseUrlFailWithAMessageSayingWhatToSet() {
        ProgramRun noKey = ProgramRun.of(ListExpenses::run, Map.of());
        ProgramRun plainHttp = ProgramRun.of(ListExpenses::run, Map.of(PayhawkConnection.API_KEY, "k",
                PayhawkConnection.ACCOUNT_ID, "acc", PayhawkConnection.BASE_URL, "http://api.example.com"));

        assertThat(noKey.status()).isEqualTo(1);
        assertThat(noKey.err()).isEqualTo("error: PAYHAWK_API_KEY is not set; set it, or pass --sandbox to try the "
                + "program against a local sandbox" + System.lineSeparator());
        assertThat(plainHttp.status()).isEqualTo(1);
        assertThat(plainHttp.err()).startsWith("error: PAYHAWK_BASE_URL 'http://api.example.com' is not usable")
                .hasLineCount(1);
    }

    @Test
    void anUnreachableApiFailsWithOneLineAboutTheNetwork() throws IOException {
        ProgramRun run;
        try (RefusingPort refusing = RefusingPort.open()) {
            run = ProgramRun.of(ListExpenses::run, Map.of(PayhawkConnection.API_KEY, "secret-key-1",
                    PayhawkConnection.ACCOUNT_ID, "acc", PayhawkConnection.BASE_URL,
                    "http://127.0.0.1:" + refusing.number()));
        }

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).startsWith("error: could not reach Payhawk: GET /api/v3/accounts/acc/expenses")
                .contains("check PAYHAWK_BASE_URL and the network").hasLineCount(1);
        assertThat(run.all()).doesNotContain("secret-key-1");
    }

    @Test
    void theSandboxModeListsTheDemoDataAsDocumented() {
        ProgramRun ready = ProgramRun.of(ListExpenses::run, Map.of(), "--sandbox", "--status", "ready");
        ProgramRun january = ProgramRun.of(ListExpenses::run, Map.of(), "--sandbox", "--from", "2026-01-01",
                "--to", "2026-01-31");

        assertThat(ready.status()).isZero();
        assertThat(ready.out()).contains("Starting a local Payhawk sandbox", "Amazon Web Services  129.99 USD",
                "119.59 EUR", "4 expenses, total 1041.09 EUR");
        assertThat(january.out()).contains("4 expenses, total 875.49 EUR").doesNotContain("2026-02-");
    }

    private static ProgramRun listExpenses(String... args) {
        return ProgramRun.of(ListExpenses::run, environment(sandbox, sandbox.apiKey()), args);
    }

    static Map<String, String> environment(PayhawkSandbox target, String apiKey) {
        return Map.of(PayhawkConnection.API_KEY, apiKey, PayhawkConnection.ACCOUNT_ID, target.accountId(),
                PayhawkConnection.BASE_URL, target.baseUrl());
    }

    /** The cells of the table row of expense {@code id}, split at spaces. */
    private static List<String> row(ProgramRun run, String id) {
        return run.out().lines().filter(line -> line.startsWith(id + " ")).findFirst()
                .map(line -> Arrays.asList(line.trim().split("\\s+")))
                .orElseThrow(() -> new AssertionError("no row for expense " + id + " in:\n" + run.out()));
    }

    /** The ids in the table, in order. */
    private static List<String> ids(ProgramRun run) {
        return run.out().lines().skip(2).takeWhile(line -> !line.isEmpty())
                .map(line -> line.split("\\s+")[0]).toList();
    }
}
