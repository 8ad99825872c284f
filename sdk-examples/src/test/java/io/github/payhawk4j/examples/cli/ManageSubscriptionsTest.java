package io.github.payhawk4j.examples.cli;

import io.github.payhawk4j.sandbox.PayhawkSandbox;
import io.github.payhawk4j.webhooks.testing.WebhookSigner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class ManageSubscriptionsTest {

    private static final String CALLBACK = "http://127.0.0.1:9/payhawk/webhooks";
    private static final Pattern CREATED_ID = Pattern.compile("Created subscription (\\S+)");

    private PayhawkSandbox sandbox;

    @BeforeEach
    void startSandbox() {
        sandbox = PayhawkSandbox.builder().signer(WebhookSigner.generate()).withoutRateLimit().start();
    }

    @AfterEach
    void stopSandbox() {
        sandbox.close();
    }

    @Test
    void createListEnsureAndDeleteRoundTrip() {
        ProgramRun created = manage("create", "expense.reviewed", CALLBACK);
        assertThat(created.status()).isZero();
        String reviewedId = idIn(created);
        assertThat(created.out()).contains("EVENT TYPE", "CALLBACK URL", "expense.reviewed", "active", CALLBACK);

        ProgramRun ensuredAgain = manage("ensure", "expense.reviewed", CALLBACK);
        assertThat(ensuredAgain.status()).isZero();
        assertThat(ensuredAgain.out()).contains("Already subscribed: " + reviewedId);

        ProgramRun ensuredNew = manage("ensure", "payment.settled", CALLBACK);
        assertThat(ensuredNew.status()).isZero();
        String settledId = idIn(ensuredNew);

        ProgramRun listed = manage("list");
        assertThat(listed.status()).isZero();
        assertThat(listed.out()).contains("2 subscriptions");
        assertThat(row(listed, reviewedId)).contains("expense.reviewed", "active", CALLBACK);
        assertThat(row(listed, settledId)).contains("payment.settled", "active", CALLBACK);
        assertThat(sandbox.account().webhookSubscriptions()).hasSize(2);

        ProgramRun deleted = manage("delete", reviewedId);
        assertThat(deleted.status()).isZero();
        assertThat(deleted.out()).isEqualTo("Deleted subscription " + reviewedId + System.lineSeparator());

        ProgramRun listedAfter = manage("list");
        assertThat(listedAfter.out()).contains("1 subscription").doesNotContain(reviewedId).contains(settledId);
    }

    @Test
    void anEmptyListSaysSo() {
        ProgramRun run = manage("list");

        assertThat(run.status()).isZero();
        assertThat(run.out()).isEqualTo("0 subscriptions" + System.lineSeparator());
    }

    @Test
    void deletingAnUnknownSubscriptionFailsWithOneLine() {
        ProgramRun run = manage("delete", "no-such-subscription");

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).startsWith("error: DELETE /api/v3/accounts/").contains("no-such-subscription", "404")
                .hasLineCount(1);
    }

    @Test
    void aPlainHttpCallbackToAnotherHostIsRefusedWithOneLine() {
        ProgramRun run = manage("create", "expense.created", "http://erp.example.com/payhawk/webhooks");

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).startsWith("error: callbackUrl must use https://").hasLineCount(1);
        assertThat(sandbox.account().webhookSubscriptions()).isEmpty();
    }

    @Test
    void wrongCommandsAndArgumentsAreUsageErrors() {
        assertThat(manage().status()).isEqualTo(2);
        assertThat(manage().err()).startsWith("ManageSubscriptions: a command is needed");
        assertThat(manage("remove", "x").err()).startsWith("ManageSubscriptions: unknown command 'remove'");
        assertThat(manage("create", "expense.created").err())
                .startsWith("ManageSubscriptions: create takes 2 arguments: create <eventType> <callbackUrl>");
        ProgramRun unknownType = manage("create", "expense.exploded", CALLBACK);
        assertThat(unknownType.status()).isEqualTo(2);
        assertThat(unknownType.err()).startsWith("ManageSubscriptions: unknown event type 'expense.exploded'");
        ProgramRun unknownFlag = manage("list", "--all");
        assertThat(unknownFlag.status()).isEqualTo(2);
        assertThat(unknownFlag.err()).startsWith("ManageSubscriptions: unknown option --all")
                .contains("Usage: ManageSubscriptions");
        assertThat(sandbox.account().webhookSubscriptions()).isEmpty();
    }

    @Test
    void helpListsTheCommandsAndEveryKnownEventType() {
        ProgramRun run = ProgramRun.of(ManageSubscriptions::run, Map.of(), "--help");

        assertThat(run.status()).isZero();
        assertThat(run.out()).startsWith("Usage: ManageSubscriptions").contains("ensure <eventType> <callbackUrl>",
                "purchase-order.status.changed", "-Ddemo.main=io.github.payhawk4j.examples.cli.ManageSubscriptions");
    }

    @Test
    void aWrongApiKeyFailsWithOneClearLineThatDoesNotShowTheKey() {
        ProgramRun run = ProgramRun.of(ManageSubscriptions::run,
                ListExpensesTest.environment(sandbox, "not-the-key-42"), "list");

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).startsWith("error: Payhawk did not accept the API key").hasLineCount(1);
        assertThat(run.all()).doesNotContain("not-the-key-42");
    }

    @Test
    void theSandboxModeWorksOnSeededSubscriptions() {
        ProgramRun run = ProgramRun.of(ManageSubscriptions::run, Map.of(), "--sandbox", "list");

        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("Seeded the sandbox with 2 subscriptions", "expense.reviewed",
                "payment.settled", ManageSubscriptions.SANDBOX_CALLBACK_URL, "2 subscriptions");
    }

    private ProgramRun manage(String... args) {
        return ProgramRun.of(ManageSubscriptions::run, ListExpensesTest.environment(sandbox, sandbox.apiKey()), args);
    }

    private static String idIn(ProgramRun run) {
        Matcher matcher = CREATED_ID.matcher(run.out());
        assertThat(matcher.find()).as("a created subscription id in:\n%s", run.out()).isTrue();
        return matcher.group(1);
    }

    private static List<String> row(ProgramRun run, String id) {
        return run.out().lines().filter(line -> line.startsWith(id + " ")).findFirst()
                .map(line -> List.of(line.trim().split("\\s+")))
                .orElseThrow(() -> new AssertionError("no row for " + id + " in:\n" + run.out()));
    }
}
