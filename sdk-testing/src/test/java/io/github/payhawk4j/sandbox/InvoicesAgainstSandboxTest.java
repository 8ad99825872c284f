package io.github.payhawk4j.sandbox;

import com.fasterxml.jackson.databind.node.TextNode;
import io.github.payhawk4j.client.PayhawkClient;
import io.github.payhawk4j.error.InvalidRequestException;
import io.github.payhawk4j.error.PayhawkException;
import io.github.payhawk4j.error.RateLimitedException;
import io.github.payhawk4j.model.FileUpload;
import io.github.payhawk4j.model.expense.NewInvoice;
import io.github.payhawk4j.model.expense.NewInvoiceItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Invoice submission through the SDK against the sandbox: accepted once, refused when incomplete or repeated. */
class InvoicesAgainstSandboxTest {

    private PayhawkSandbox sandbox;
    private PayhawkClient client;

    @BeforeEach
    void start() {
        sandbox = TestSigner.quickSandbox().start();
        client = PayhawkClient.builder().apiKey(sandbox.apiKey()).accountId(sandbox.accountId()).baseUrl(sandbox.baseUrl())
                .build();
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private static NewInvoice invoice(String id) {
        return NewInvoice.builder().id(id).provider("Acme ERP").supplierName("Shell България")
                .totalAmount(new BigDecimal("120.10")).taxAmount(new BigDecimal("20.00")).currency("BGN")
                .paidAt(Instant.parse("2026-06-03T10:15:30Z")).documentDate(Instant.parse("2026-06-02T00:00:00Z"))
                .items(List.of(NewInvoiceItem.builder().description("Diesel").taxPercentage(new BigDecimal("20"))
                        .taxAmount(new BigDecimal("20.00")).totalAmount(new BigDecimal("120.10")).build()))
                .file(new FileUpload("invoice.pdf", "application/pdf", "%PDF-1.7 fake".getBytes(StandardCharsets.US_ASCII)))
                .build();
    }

    @Test
    void anInvoiceIsAcceptedOnceAndARepeatIsAConflict() {
        assertThat(client.expenses().submitInvoice(invoice("INV-1"))).isEmpty();
        assertThat(client.async().expenses().withRawResponse().submitInvoice(invoice("INV-2")).join().statusCode())
                .isEqualTo(202);

        assertThatThrownBy(() -> client.expenses().submitInvoice(invoice("INV-1")))
                .isInstanceOfSatisfying(PayhawkException.class, e -> assertThat(e.statusCode()).isEqualTo(409));
    }

    @Test
    void malformedInvoicesAre400() {
        SandboxApi api = new SandboxApi(sandbox);
        String invoices = sandbox.baseUrl() + "/api/v3/accounts/" + sandbox.accountId() + "/invoices";
        String boundary = "b0undary";
        String onlyFields = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"id\"\r\n\r\nINV-9\r\n--" + boundary + "--\r\n";
        SandboxApi.Answer noFile = api.send(HttpRequest.newBuilder(URI.create(invoices))
                .header("X-Payhawk-ApiKey", sandbox.apiKey())
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(onlyFields)).build());
        assertThat(noFile.status()).isEqualTo(400);
        assertThat(noFile.body()).contains("provider");

        NewInvoiceItem badItem = NewInvoiceItem.builder().description("x").taxPercentage(BigDecimal.ONE)
                .taxAmount(BigDecimal.ONE).totalAmount(BigDecimal.ONE)
                .putAdditionalProperty("discount", TextNode.valueOf("5")).build();
        assertThatThrownBy(() -> client.expenses().submitInvoice(invoice("INV-3").toBuilder().items(List.of(badItem)).build()))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("discount");
        assertThat(client.expenses().submitInvoice(invoice("INV-3"))).isEmpty();
    }

    @Test
    void theRateLimitAppliesToInvoiceSubmission() {
        AtomicLong frozen = new AtomicLong();
        try (PayhawkSandbox limited = TestSigner.quickSandbox().rateLimit(15, Duration.ofSeconds(1))
                .rateLimitTicker(frozen::get).start()) {
            PayhawkClient impatient = PayhawkClient.builder().apiKey(limited.apiKey()).accountId(limited.accountId())
                    .baseUrl(limited.baseUrl()).disableRateLimit().maxRetries(0).build();
            for (int i = 0; i < 15; i++) {
                impatient.expenses().submitInvoice(invoice("INV-" + i));
            }
            assertThatThrownBy(() -> impatient.expenses().submitInvoice(invoice("INV-15"))).isInstanceOf(RateLimitedException.class);
        }
    }
}
