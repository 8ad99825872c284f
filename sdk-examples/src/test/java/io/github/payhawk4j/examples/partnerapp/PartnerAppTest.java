package io.github.payhawk4j.examples.partnerapp;

import io.github.payhawk4j.client.PayhawkClient;
import io.github.payhawk4j.examples.erp.ErpLedger;
import io.github.payhawk4j.sandbox.CardPurchase;
import io.github.payhawk4j.sandbox.PayhawkSandbox;
import io.github.payhawk4j.model.webhook.EventType;
import io.github.payhawk4j.webhooks.testing.WebhookSigner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The partner app over real HTTP: what it accepts, what it refuses, and the ERP pages its links open. */
class PartnerAppTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static PayhawkSandbox sandbox;
    private static ErpLedger ledger;
    private static PartnerApp app;

    @BeforeAll
    static void start() {
        sandbox = PayhawkSandbox.builder().signer(WebhookSigner.generate(2048)).deliveryTimeout(Duration.ofSeconds(60)).start();
        ledger = ErpLedger.inMemory();
        PayhawkClient client = PayhawkClient.builder()
                .baseUrl(sandbox.baseUrl()).apiKey(sandbox.apiKey()).accountId(sandbox.accountId()).build();
        app = PartnerApp.builder().client(client).ledger(ledger).start();
        client.webhooks().ensure(EventType.EXPENSE_REVIEWED, app.callbackUrl());
    }

    @AfterAll
    static void stop() {
        app.close();
        ledger.close();
        sandbox.close();
    }

    @Test
    void aDeliverySignedWithAnotherKeyIsRefusedAndNeverReachesTheLedger() throws Exception {
        DeliveryCounts before = app.deliveryCounts();
        byte[] body = ("{\"id\":\"forged-1\",\"accountId\":\"" + sandbox.accountId()
                + "\",\"eventType\":\"expense.reviewed\",\"payload\":{\"expenseId\":\"1\"}}")
                .getBytes(StandardCharsets.UTF_8);
        Map<String, String> headers = WebhookSigner.generate(2048)
                .headers(PartnerApp.DEFAULT_WEBHOOK_PATH, body, Instant.now());

        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(app.callbackUrl()))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());

        DeliveryCounts after = app.deliveryCounts();
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(after.received()).isEqualTo(before.received() + 1);
        assertThat(after.verified()).isEqualTo(before.verified());
        assertThat(ledger.processedEvents().timesHandledByDelivery()).doesNotContainKey("forged-1");
    }

    @Test
    void aReviewedExpenseIsPostedAndItsLinkOpensTheJournalEntry() throws Exception {
        String expenseId = sandbox.account().createCardExpense(CardPurchase.of("Deutsche Bahn", new BigDecimal("79.90"), "EUR")
                .withCategory("Travel", "6100"));
        sandbox.account().reviewExpense(expenseId);
        assertThat(sandbox.awaitDeliveries(Duration.ofSeconds(60))).isTrue();

        String link = sandbox.account().expense(expenseId).path("externalLinks").path(0).path("url").asText();
        HttpResponse<String> page = get(link);

        assertThat(link).startsWith(app.baseUrl() + ErpDocumentLinks.JOURNAL_PATH + "JE-");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Payhawk expense " + expenseId, "6100", "2100", "79.9000");
    }

    @Test
    void anUnknownJournalEntryIsNotFound() throws Exception {
        assertThat(get(app.baseUrl() + ErpDocumentLinks.JOURNAL_PATH + "JE-999999").statusCode()).isEqualTo(404);
    }

    @Test
    void theWebhookPathAnswersOnlyPost() throws Exception {
        assertThat(get(app.callbackUrl()).statusCode()).isEqualTo(405);
    }

    private static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
