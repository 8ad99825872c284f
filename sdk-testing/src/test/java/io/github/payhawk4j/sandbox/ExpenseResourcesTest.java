package io.github.payhawk4j.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** One expense's documents: the expense, PATCH external links, payments, workflow, payment details, bank payment details. */
class ExpenseResourcesTest {

    private PayhawkSandbox sandbox;
    private SandboxApi api;
    private String expenses;

    @BeforeEach
    void start() {
        sandbox = TestSigner.quickSandbox().baseCurrency("EUR").start();
        api = new SandboxApi(sandbox);
        expenses = "/api/v3/accounts/" + sandbox.accountId() + "/expenses/";
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void aCardPurchaseInAForeignCurrencyBecomesAnExpenseWithBaseAmounts() {
        String id = sandbox.account().createCardExpense(CardPurchase.of("Delta Air Lines", new BigDecimal("1234.10"), "USD")
                .withFxRate(new BigDecimal("0.9150"))
                .withTax(new BigDecimal("110.10"))
                .withCategory("Travel", "6100")
                .withNote("NYC client visit"));

        SandboxApi.Answer answer = api.get(expenses + id);
        assertThat(answer.status()).isEqualTo(200);
        JsonNode expense = answer.json();
        assertThat(expense.get("id").asText()).isEqualTo(id);
        assertThat(expense.get("type").asText()).isEqualTo("card");
        assertThat(expense.get("status").asText()).isEqualTo("draft");
        assertThat(expense.get("isPaid").asBoolean()).isFalse();
        assertThat(expense.get("title").asText()).isEqualTo("Delta Air Lines");
        assertThat(expense.at("/supplier/name").asText()).isEqualTo("Delta Air Lines");
        assertThat(expense.at("/category/name").asText()).isEqualTo("Travel");
        assertThat(expense.at("/createdBy/email").asText()).contains("@");
        assertThat(answer.body()).contains("\"totalAmount\":1234.10", "\"taxAmount\":110.10",
                "\"baseTotalAmount\":1129.20", "\"baseTaxAmount\":100.74", "\"fxRate\":0.9150");
        assertThat(expense.at("/reconciliation/currency").asText()).isEqualTo("USD");
        assertThat(expense.at("/reconciliation/baseCurrency").asText()).isEqualTo("EUR");
        assertThat(expense.at("/reconciliation/accountCode").asText()).isEqualTo("6100");
        assertThat(expense.get("lineItems")).hasSize(1);
        assertThat(expense.at("/lineItems/0/reconciliation/accountCode").asText()).isEqualTo("6100");
        assertThat(expense.get("externalLinks")).isEmpty();
    }

    @Test
    void aPurchaseInAForeignCurrencyWithoutRateIsRefused() {
        assertThatThrownBy(() -> sandbox.account().createCardExpense(CardPurchase.of("Delta", BigDecimal.TEN, "USD")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("withFxRate");
    }

    @Test
    void patchReplacesTheExternalLinksAndReturnsTheExpense() {
        String id = sandbox.account().createCardExpense(CardPurchase.of("Uber", new BigDecimal("23.40"), "EUR"));

        SandboxApi.Answer answer = api.patch(expenses + id,
                "{\"externalLinks\":[{\"title\":\"ERP journal JE-1\",\"url\":\"https://erp.example.com/je/1\"}]}");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().at("/externalLinks/0/title").asText()).isEqualTo("ERP journal JE-1");
        assertThat(sandbox.account().expense(id).at("/externalLinks/0/url").asText()).isEqualTo("https://erp.example.com/je/1");
        assertThat(api.get(expenses + id).json().get("externalLinks")).hasSize(1);
    }

    @Test
    void patchWithMalformedLinksOrOtherFieldsIs400AndUnknownExpense404() {
        String id = sandbox.account().createCardExpense(CardPurchase.of("Uber", new BigDecimal("23.40"), "EUR"));
        assertThat(api.patch(expenses + id, "{\"externalLinks\":[{\"title\":\"no url\"}]}").status()).isEqualTo(400);
        assertThat(api.patch(expenses + id, "{\"title\":\"renamed\"}").status()).isEqualTo(400);
        assertThat(api.patch(expenses + id, "[]").status()).isEqualTo(400);
        assertThat(api.patch(expenses + "999", "{\"externalLinks\":[]}").status()).isEqualTo(404);
    }

    @Test
    void paymentsFollowTheCardPaymentThroughSettlement() {
        String id = sandbox.account().createCardExpense(CardPurchase.of("Hilton", new BigDecimal("310.00"), "GBP")
                .withFxRate(new BigDecimal("1.17")));

        JsonNode pending = api.get(expenses + id + "/payments").json();
        assertThat(pending.get("total").asInt()).isEqualTo(1);
        assertThat(pending.at("/items/0/status").asText()).isEqualTo("pending");
        assertThat(pending.at("/items/0/expenseIds/0").asText()).isEqualTo(id);

        String paymentId = sandbox.account().settlePayment(id);

        SandboxApi.Answer settled = api.get(expenses + id + "/payments");
        assertThat(settled.json().at("/items/0/id").asText()).isEqualTo(paymentId);
        assertThat(settled.json().at("/items/0/status").asText()).isEqualTo("settled");
        assertThat(settled.body()).contains("\"amount\":362.70", "\"currency\":\"EUR\"",
                "\"originalAmount\":310.00", "\"originalCurrency\":\"GBP\"");
        JsonNode expense = api.get(expenses + id).json();
        assertThat(expense.get("isPaid").asBoolean()).isTrue();
        assertThat(expense.has("settledAt")).isTrue();
        assertThatThrownBy(() -> sandbox.account().settlePayment(id)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void workflowShowsReviewAndApproval() {
        String id = sandbox.account().createCardExpense(CardPurchase.of("Staples", new BigDecimal("45.00"), "EUR"));
        assertThat(api.get(expenses + id + "/workflow").json().get("approvalStatus").asText()).isEqualTo("pending");

        sandbox.account().reviewExpense(id);
        sandbox.account().approveExpense(id);

        JsonNode workflow = api.get(expenses + id + "/workflow").json();
        assertThat(workflow.get("approvalStatus").asText()).isEqualTo("approved");
        assertThat(workflow.has("approvedAt")).isTrue();
        assertThat(workflow.at("/reviewedBy/id").asText()).isNotBlank();
        assertThat(api.get(expenses + id).json().get("status").asText()).isEqualTo("ready");
    }

    @Test
    void paymentDetailsGiveThePaymentCurrency() {
        String id = sandbox.account().createCardExpense(CardPurchase.of("Hilton", new BigDecimal("310.00"), "GBP")
                .withFxRate(new BigDecimal("1.17")));
        assertThat(api.get(expenses + id + "/payment-details").json().get("currency").asText()).isEqualTo("GBP");
    }

    @Test
    void bankPaymentDetailsMarkABankExpensePaidAndDeletingUnmarksIt() {
        String id = sandbox.account().addExpense("{\"type\":\"bank\",\"title\":\"Office rent\"}");

        SandboxApi.Answer added = api.post(expenses + id + "/bank-payment-details",
                "{\"date\":\"2026-11-02T10:00:00.000Z\",\"paymentReference\":\"RENT-11\",\"accountNumber\":\"DE89370400440532013000\"}");
        assertThat(added.status()).isEqualTo(204);
        assertThat(sandbox.account().expense(id).get("isPaid").asBoolean()).isTrue();

        assertThat(api.delete(expenses + id + "/bank-payment-details").status()).isEqualTo(204);
        assertThat(sandbox.account().expense(id).get("isPaid").asBoolean()).isFalse();
    }

    @Test
    void bankPaymentDetailsNeedADateAndABankExpense() {
        String bank = sandbox.account().addExpense("{\"type\":\"bank\"}");
        String card = sandbox.account().addExpense("{\"type\":\"card\"}");
        assertThat(api.post(expenses + bank + "/bank-payment-details", "{\"paymentReference\":\"x\"}").status())
                .isEqualTo(400);
        assertThat(api.post(expenses + bank + "/bank-payment-details", "{\"date\":\"yesterday\"}").status())
                .isEqualTo(400);
        assertThat(api.post(expenses + card + "/bank-payment-details", "{\"date\":\"2026-11-02T10:00:00Z\"}").status())
                .isEqualTo(400);
    }

    @Test
    void filesUploadedAsMultipartAreAcceptedWith202() {
        String id = sandbox.account().addExpense("{}");
        String boundary = "b0undary";
        String body = "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"receipt.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n"
                + "%PDF-1.7 ...\r\n"
                + "--" + boundary + "--\r\n";
        SandboxApi.Answer answer = api.send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(sandbox.baseUrl() + expenses + id + "/files"))
                .header("X-Payhawk-ApiKey", sandbox.apiKey())
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body))
                .build());

        assertThat(answer.status()).isEqualTo(202);
        assertThat(answer.json().get("total").asInt()).isEqualTo(1);
        assertThat(answer.json().at("/items/0/contentType").asText()).isEqualTo("application/pdf");
        assertThat(sandbox.account().expense(id).at("/document/files/0/id").asText())
                .isEqualTo(answer.json().at("/items/0/id").asText());
        assertThat(api.post(expenses + id + "/files", "{}").status()).isEqualTo(400);
    }

    @Test
    void seededExpensesGetTheRequiredFields() {
        String id = sandbox.account().addExpense("{}");
        JsonNode expense = api.get(expenses + id).json();
        assertThat(expense.fieldNames()).toIterable().contains("id", "createdAt", "createdBy", "type", "status",
                "isPaid", "title", "lineItems", "reconciliation", "externalLinks");
    }

    @Test
    void deletedExpensesStayReadableWithStatusDeleted() {
        String id = sandbox.account().createCardExpense(CardPurchase.of("Uber", new BigDecimal("23.40"), "EUR"));
        sandbox.account().deleteExpense(id);
        assertThat(api.get(expenses + id).json().get("status").asText()).isEqualTo("deleted");
    }
}
