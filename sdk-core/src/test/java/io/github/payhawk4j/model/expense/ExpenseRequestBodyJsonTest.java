package io.github.payhawk4j.model.expense;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.payhawk4j.json.PayhawkJson;
import io.github.payhawk4j.model.ExternalLink;
import io.github.payhawk4j.model.ModelFixture;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

/** The bodies the SDK sends for expenses serialize to exactly the spec's fields, nulls left out. */
class ExpenseRequestBodyJsonTest {

    private final ObjectMapper json = PayhawkJson.newObjectMapper();

    private void assertWritesExactly(Object body, String expectedJson) throws Exception {
        String written = json.writeValueAsString(body);
        assertThat(ModelFixture.exactTree(json, written)).isEqualTo(ModelFixture.exactTree(json, expectedJson));
    }

    @Test
    void patchWithExternalLinksSendsOnlyTheLinks() throws Exception {
        ExpensePatch patch = ExpensePatch.externalLinks(List.of(
                ExternalLink.of("Purchase invoice PI-2024-00871",
                        "https://erp.acme-logistics.eu/purchase-invoices/PI-2024-00871"),
                ExternalLink.of("Payment batch 2024-24", "https://erp.acme-logistics.eu/payments/2024-24")));

        assertWritesExactly(patch, """
                {"externalLinks": [
                  {"title": "Purchase invoice PI-2024-00871",
                   "url": "https://erp.acme-logistics.eu/purchase-invoices/PI-2024-00871"},
                  {"title": "Payment batch 2024-24", "url": "https://erp.acme-logistics.eu/payments/2024-24"}
                ]}""");
    }

    @Test
    void patchWithNoLinksClearsThemWhileAnEmptyPatchChangesNothing() throws Exception {
        assertWritesExactly(ExpensePatch.externalLinks(List.of()), "{\"externalLinks\": []}");
        assertWritesExactly(ExpensePatch.builder().build(), "{}");
    }

    @Test
    void patchKeepsNoReferenceToTheCallersList() {
        List<ExternalLink> links = new ArrayList<>();
        links.add(ExternalLink.of("Bill", "https://erp.example/bills/1"));

        ExpensePatch patch = ExpensePatch.externalLinks(links);
        links.clear();

        assertThat(patch.externalLinks()).hasSize(1);
    }

    @Test
    void externalLinkRequiresTitleAndUrl() {
        assertThatNullPointerException().isThrownBy(() -> ExternalLink.of(null, "https://erp.example/bills/1"))
                .withMessageContaining("title");
        assertThatNullPointerException().isThrownBy(() -> ExternalLink.of("Bill", null))
                .withMessageContaining("url");
    }

    @Test
    void bankPaymentDetailsSendAllFieldsWhenSet() throws Exception {
        ExpenseBankPaymentDetails details = ExpenseBankPaymentDetails.paidAt(Instant.parse("2024-06-12T09:15:00Z"))
                .withPaymentReference("PAY-2024-06-0042")
                .withAccountNumber("BG18RZBB91550123456789");

        assertWritesExactly(details, """
                {"date": "2024-06-12T09:15:00Z",
                 "paymentReference": "PAY-2024-06-0042",
                 "accountNumber": "BG18RZBB91550123456789"}""");
    }

    @Test
    void bankPaymentDetailsWithOnlyADateSendOnlyTheDate() throws Exception {
        assertWritesExactly(ExpenseBankPaymentDetails.paidAt(Instant.parse("2024-06-12T09:15:00.250Z")),
                "{\"date\": \"2024-06-12T09:15:00.250Z\"}");
    }

    @Test
    void bankPaymentDetailsRequireADate() {
        assertThatNullPointerException().isThrownBy(() -> ExpenseBankPaymentDetails.paidAt(null))
                .withMessageContaining("date");
    }
}
