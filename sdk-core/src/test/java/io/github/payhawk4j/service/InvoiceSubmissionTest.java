package io.github.payhawk4j.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.payhawk4j.client.PayhawkClient;
import io.github.payhawk4j.model.FileUpload;
import io.github.payhawk4j.model.expense.NewInvoice;
import io.github.payhawk4j.model.expense.NewInvoiceItem;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.github.payhawk4j.service.StubbedPayhawkApi.clientFor;
import static io.github.payhawk4j.service.StubbedPayhawkApi.withSdkHeaders;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** ExpenseService.submitInvoice: the invoice metadata and file as one multipart/form-data POST, 202 read back. */
class InvoiceSubmissionTest {

    private static final String INVOICES = "/api/v3/accounts/acme_logistics/invoices";
    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-', '1', '.', '7', 0, (byte) 0xFF, '\r', '\n'};

    @RegisterExtension
    static WireMockExtension api = StubbedPayhawkApi.server();

    private final PayhawkClient client = clientFor(api);

    private static NewInvoice invoice() {
        return NewInvoice.builder().id("INV-2026-0042").provider("Acme ERP").supplierName("Shell България")
                .supplierVat("BG123").supplierCountry("BG").totalAmount(new BigDecimal("120.10"))
                .taxAmount(new BigDecimal("20.00")).currency("BGN").paidAt(Instant.parse("2026-06-03T10:15:30Z"))
                .documentDate(Instant.parse("2026-06-02T00:00:00Z")).documentNumber("0000042").reference("PO-7")
                .items(List.of(NewInvoiceItem.builder().description("Diesel").taxPercentage(new BigDecimal("20"))
                        .taxAmount(new BigDecimal("20.00")).totalAmount(new BigDecimal("120.10")).build()))
                .file(new FileUpload("invoice-42.pdf", "application/pdf", PDF))
                .build();
    }

    private static String expectedBody(String boundary) {
        StringBuilder body = new StringBuilder();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("id", "INV-2026-0042");
        fields.put("provider", "Acme ERP");
        fields.put("supplierName", "Shell България");
        fields.put("supplierVat", "BG123");
        fields.put("supplierCountry", "BG");
        fields.put("totalAmount", "120.10");
        fields.put("taxAmount", "20.00");
        fields.put("currency", "BGN");
        fields.put("paidAt", "2026-06-03T10:15:30Z");
        fields.put("documentDate", "2026-06-02T00:00:00Z");
        fields.put("documentNumber", "0000042");
        fields.put("reference", "PO-7");
        fields.put("items", "[{\"description\":\"Diesel\",\"taxPercentage\":\"20\",\"taxAmount\":\"20.00\",\"totalAmount\":\"120.10\"}]");
        fields.forEach((name, value) -> body.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"").append(name).append("\"\r\n")
                .append("Content-Type: text/plain; charset=UTF-8\r\n\r\n").append(value).append("\r\n"));
        body.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"file\"; filename=\"invoice-42.pdf\"\r\n")
                .append("Content-Type: application/pdf\r\n\r\n")
                .append(new String(PDF, StandardCharsets.ISO_8859_1)).append("\r\n")
                .append("--").append(boundary).append("--\r\n");
        return body.toString();
    }

    @Test
    @DisplayName("submitInvoice POSTs .../invoices as multipart/form-data: every field in order, items as JSON text, the exact file bytes")
    void sendsTheInvoiceAsAForm() {
        api.stubFor(post(urlEqualTo(INVOICES)).willReturn(aResponse().withStatus(202)
                .withHeader("Content-Type", "application/json").withBody("{\"matchedExpenseId\":\"exp_9\"}")));

        Map<String, JsonNode> accepted = client.expenses().submitInvoice(invoice());

        assertThat(accepted).containsExactly(Map.entry("matchedExpenseId", JsonNodeFactory.instance.textNode("exp_9")));
        api.verify(1, withSdkHeaders(postRequestedFor(urlEqualTo(INVOICES)))
                .withHeader("Content-Type", matching("multipart/form-data; boundary=payhawk4j-[0-9a-f-]{36}")));
        LoggedRequest request = api.getAllServeEvents().get(0).getRequest();
        String boundary = request.getHeader("Content-Type").substring("multipart/form-data; boundary=".length());
        // The body is UTF-8 text around the raw file bytes: compare byte for byte.
        String text = expectedBody(boundary);
        int fileStart = text.indexOf("%PDF");
        byte[] expectedBytes = concat(text.substring(0, fileStart).getBytes(StandardCharsets.UTF_8), PDF,
                text.substring(fileStart + PDF.length).getBytes(StandardCharsets.UTF_8));
        assertThat(request.getBody()).isEqualTo(expectedBytes);
    }

    @Test
    @DisplayName("async and raw send the same form; optional fields left out are not sent; an empty 202 is an empty map")
    void asyncRawAndOptionalFields() {
        api.stubFor(post(urlEqualTo(INVOICES)).willReturn(aResponse().withStatus(202)));
        NewInvoice minimal = invoice().toBuilder().supplierVat(null).supplierCountry(null).documentNumber(null)
                .reference(null).items(List.of()).build();

        assertThat(client.async().expenses().submitInvoice(minimal).join()).isEmpty();
        assertThat(client.expenses().withRawResponse().submitInvoice(minimal).statusCode()).isEqualTo(202);
        assertThat(client.async().expenses().withRawResponse().submitInvoice(minimal).join().value()).isEmpty();

        api.verify(3, withSdkHeaders(postRequestedFor(urlEqualTo(INVOICES))));
        String body = api.getAllServeEvents().get(0).getRequest().getBodyAsString();
        assertThat(body).contains("name=\"id\"", "name=\"paidAt\"", "name=\"file\"")
                .doesNotContain("name=\"supplierVat\"", "name=\"reference\"", "name=\"items\"", "name=\"documentNumber\"");
    }

    @Test
    @DisplayName("an invoice or item missing what Payhawk requires is refused when built, before anything is sent")
    void refusesIncompleteInvoices() {
        assertThatThrownBy(() -> invoice().toBuilder().file(null).build()).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("file");
        assertThatThrownBy(() -> invoice().toBuilder().paidAt(null).build()).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("paidAt");
        assertThatThrownBy(() -> NewInvoiceItem.builder().description("x").taxAmount(BigDecimal.ONE).totalAmount(BigDecimal.ONE)
                .build()).isInstanceOf(NullPointerException.class).hasMessageContaining("taxPercentage");
        assertThat(api.getAllServeEvents()).isEmpty();
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
