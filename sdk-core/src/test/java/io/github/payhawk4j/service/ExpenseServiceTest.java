package io.github.payhawk4j.service;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.payhawk4j.client.PayhawkClient;
import io.github.payhawk4j.model.ExternalLink;
import io.github.payhawk4j.model.ModelFixture;
import io.github.payhawk4j.model.expense.Expense;
import io.github.payhawk4j.model.expense.ExpenseBankPaymentDetails;
import io.github.payhawk4j.model.expense.ExpensePatch;
import io.github.payhawk4j.model.expense.ExpensePayment;
import io.github.payhawk4j.model.expense.ExpensePaymentDetails;
import io.github.payhawk4j.model.expense.ExpenseWorkflowStatus;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.github.payhawk4j.service.StubbedPayhawkApi.OTHER_ACCOUNT;
import static io.github.payhawk4j.service.StubbedPayhawkApi.clientFor;
import static io.github.payhawk4j.service.StubbedPayhawkApi.sdkDelete;
import static io.github.payhawk4j.service.StubbedPayhawkApi.sdkGet;
import static io.github.payhawk4j.service.StubbedPayhawkApi.sdkJsonPatch;
import static io.github.payhawk4j.service.StubbedPayhawkApi.sdkJsonPost;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** ExpenseService: one expense, its update, payments, payment details, workflow and bank payment details. */
class ExpenseServiceTest {

    private static final String EXPENSE_URL = "/api/v3/accounts/acme_logistics/expenses/4821";

    @RegisterExtension
    static WireMockExtension api = StubbedPayhawkApi.server();

    private final PayhawkClient client = clientFor(api);

    @Test
    @DisplayName("get(id) sends GET /accounts/{default account}/expenses/{id} and maps every field of the expense")
    void getsAnExpenseOfTheDefaultAccount() {
        api.stubFor(get(urlEqualTo(EXPENSE_URL)).willReturn(okJson(ModelFixture.text("expense-full.json"))));

        Expense expense = client.expenses().get("4821");

        api.verify(1, sdkGet(EXPENSE_URL));
        assertThat(expense).isEqualTo(ExpectedModels.fullExpense());
        assertThat(expense.reconciliation().totalAmount().toPlainString()).isEqualTo("1249.10");
        assertThat(expense.reconciliation().fxRateToPaymentCurrency().toPlainString()).isEqualTo("1.000000");
        assertThat(expense.lineItems().get(0).reconciliation().totalAmount().toPlainString()).isEqualTo("1234.10");
        assertThat(expense.mileage().distance().toPlainString()).isEqualTo("293.0");
    }

    @Test
    @DisplayName("async get(id) sends the same request and completes with the same expense")
    void getsAnExpenseAsynchronously() throws Exception {
        api.stubFor(get(urlEqualTo(EXPENSE_URL)).willReturn(okJson(ModelFixture.text("expense-full.json"))));

        Expense expense = client.async().expenses().get("4821").get(60, TimeUnit.SECONDS);

        api.verify(1, sdkGet(EXPENSE_URL));
        assertThat(expense).isEqualTo(ExpectedModels.fullExpense());
    }

    @Test
    @DisplayName("account(other).expenses() puts the other account in the path, not the default one")
    void getsAnExpenseOfAnotherAccount() {
        String url = "/api/v3/accounts/" + OTHER_ACCOUNT + "/expenses/4821";
        api.stubFor(get(urlEqualTo(url)).willReturn(okJson(ModelFixture.text("expense-full.json"))));

        Expense expense = client.account(OTHER_ACCOUNT).expenses().get("4821");

        api.verify(1, sdkGet(url));
        assertThat(api.getAllServeEvents()).hasSize(1);
        assertThat(expense.id()).isEqualTo("4821");
    }

    @Test
    @DisplayName("ids are percent-encoded as single path segments")
    void percentEncodesIdsInThePath() {
        String url = "/api/v3/accounts/acme%20retail/expenses/INV%3F2024%2300";
        api.stubFor(get(urlEqualTo(url)).willReturn(okJson(ModelFixture.text("expense-full.json"))));

        client.account("acme retail").expenses().get("INV?2024#00");

        api.verify(1, sdkGet(url));
    }

    @Test
    @DisplayName("an empty or missing id is refused before anything is sent")
    void refusesAnEmptyIdWithoutSending() {
        assertThatIllegalArgumentException().isThrownBy(() -> client.expenses().get(""));
        assertThatIllegalArgumentException().isThrownBy(() -> client.expenses().get(null));
        assertThatIllegalArgumentException().isThrownBy(() -> client.expenses().payments(""));

        assertThat(api.getAllServeEvents()).isEmpty();
    }

    @Test
    @DisplayName("update(id, externalLinks) sends PATCH with exactly {externalLinks:[...]} and maps the updated expense")
    void updatesExternalLinks() {
        api.stubFor(patch(urlEqualTo(EXPENSE_URL)).willReturn(okJson(ModelFixture.text("expense-full.json"))));
        ExpensePatch patch = ExpensePatch.externalLinks(List.of(
                ExternalLink.of("Purchase invoice PI-2024-00871",
                        "https://erp.acme-logistics.eu/purchase-invoices/PI-2024-00871"),
                ExternalLink.of("Payment PAY-7781", "https://erp.acme-logistics.eu/payments/PAY-7781")));

        Expense updated = client.expenses().update("4821", patch);

        api.verify(1, sdkJsonPatch(EXPENSE_URL).withRequestBody(equalToJson("""
                {"externalLinks":[
                  {"title":"Purchase invoice PI-2024-00871",
                   "url":"https://erp.acme-logistics.eu/purchase-invoices/PI-2024-00871"},
                  {"title":"Payment PAY-7781","url":"https://erp.acme-logistics.eu/payments/PAY-7781"}
                ]}""")));
        assertThat(updated).isEqualTo(ExpectedModels.fullExpense());
    }

    @Test
    @DisplayName("update with an empty list sends {externalLinks:[]} to clear the links")
    void clearsExternalLinks() {
        api.stubFor(patch(urlEqualTo(EXPENSE_URL)).willReturn(okJson(ModelFixture.text("expense-full.json"))));

        client.expenses().update("4821", ExpensePatch.externalLinks(List.of()));

        api.verify(1, sdkJsonPatch(EXPENSE_URL).withRequestBody(equalToJson("{\"externalLinks\":[]}")));
    }

    @Test
    @DisplayName("async update sends the same PATCH on another account")
    void updatesAsynchronouslyOnAnotherAccount() {
        String url = "/api/v3/accounts/" + OTHER_ACCOUNT + "/expenses/77";
        api.stubFor(patch(urlEqualTo(url)).willReturn(okJson(ModelFixture.text("expense-full.json"))));

        Expense updated = client.async().account(OTHER_ACCOUNT).expenses()
                .update("77", ExpensePatch.externalLinks(List.of(ExternalLink.of("Bill B-1", "https://erp.example/b/1"))))
                .join();

        api.verify(1, sdkJsonPatch(url).withRequestBody(equalToJson(
                "{\"externalLinks\":[{\"title\":\"Bill B-1\",\"url\":\"https://erp.example/b/1\"}]}")));
        assertThat(updated).isEqualTo(ExpectedModels.fullExpense());
    }

    @Test
    @DisplayName("payments(id) sends GET .../payments and maps every payment with exact amounts and fees")
    void listsPayments() {
        api.stubFor(get(urlEqualTo(EXPENSE_URL + "/payments")).willReturn(okJson(ModelFixture.text("expense-payments.json"))));

        List<ExpensePayment> payments = client.expenses().payments("4821");

        api.verify(1, sdkGet(EXPENSE_URL + "/payments"));
        assertThat(payments).isEqualTo(ExpectedModels.payments());
        assertThat(payments.get(0).originalAmount().toPlainString()).isEqualTo("334.10");
        assertThat(payments.get(0).fees().pos().toPlainString()).isEqualTo("0.00");
        assertThat(payments.get(1).fees().bank().toPlainString()).isEqualTo("1.50");
    }

    @Test
    @DisplayName("async payments(id) completes with the same payments")
    void listsPaymentsAsynchronously() {
        api.stubFor(get(urlEqualTo(EXPENSE_URL + "/payments")).willReturn(okJson(ModelFixture.text("expense-payments.json"))));

        List<ExpensePayment> payments = client.async().expenses().payments("4821").join();

        api.verify(1, sdkGet(EXPENSE_URL + "/payments"));
        assertThat(payments).isEqualTo(ExpectedModels.payments());
    }

    @Test
    @DisplayName("paymentDetails(id) sends GET .../payment-details and maps the payment currency")
    void getsPaymentDetails() {
        api.stubFor(get(urlEqualTo(EXPENSE_URL + "/payment-details"))
                .willReturn(okJson(ModelFixture.text("expense-payment-details.json"))));

        ExpensePaymentDetails details = client.expenses().paymentDetails("4821");

        api.verify(1, sdkGet(EXPENSE_URL + "/payment-details"));
        assertThat(details).isEqualTo(ExpensePaymentDetails.builder().currency("BGN").build());
    }

    @Test
    @DisplayName("async paymentDetails(id) completes with the same details")
    void getsPaymentDetailsAsynchronously() {
        api.stubFor(get(urlEqualTo(EXPENSE_URL + "/payment-details"))
                .willReturn(okJson(ModelFixture.text("expense-payment-details.json"))));

        ExpensePaymentDetails details = client.async().expenses().paymentDetails("4821").join();

        api.verify(1, sdkGet(EXPENSE_URL + "/payment-details"));
        assertThat(details).isEqualTo(ExpensePaymentDetails.builder().currency("BGN").build());
    }

    @Test
    @DisplayName("workflow(id) sends GET .../workflow and maps approval status, approver and reviewer")
    void getsWorkflowStatus() {
        api.stubFor(get(urlEqualTo(EXPENSE_URL + "/workflow")).willReturn(okJson(ModelFixture.text("expense-workflow.json"))));

        ExpenseWorkflowStatus workflow = client.expenses().workflow("4821");

        api.verify(1, sdkGet(EXPENSE_URL + "/workflow"));
        assertThat(workflow).isEqualTo(ExpectedModels.workflow());
    }

    @Test
    @DisplayName("async workflow(id) completes with the same status")
    void getsWorkflowStatusAsynchronously() {
        api.stubFor(get(urlEqualTo(EXPENSE_URL + "/workflow")).willReturn(okJson(ModelFixture.text("expense-workflow.json"))));

        ExpenseWorkflowStatus workflow = client.async().expenses().workflow("4821").join();

        api.verify(1, sdkGet(EXPENSE_URL + "/workflow"));
        assertThat(workflow).isEqualTo(ExpectedModels.workflow());
    }

    @Test
    @DisplayName("addBankPaymentDetails sends POST .../bank-payment-details with date, reference and account; 204 is success")
    void addsBankPaymentDetails() {
        api.stubFor(post(urlEqualTo(EXPENSE_URL + "/bank-payment-details")).willReturn(aResponse().withStatus(204)));

        client.expenses().addBankPaymentDetails("4821",
                ExpenseBankPaymentDetails.paidAt(Instant.parse("2024-06-12T09:15:00.120Z"))
                        .withPaymentReference("SEPA-2024-06-12-0042")
                        .withAccountNumber("BG80BNBG96611020345678"));

        api.verify(1, sdkJsonPost(EXPENSE_URL + "/bank-payment-details").withRequestBody(equalToJson("""
                {"date":"2024-06-12T09:15:00.120Z",
                 "paymentReference":"SEPA-2024-06-12-0042",
                 "accountNumber":"BG80BNBG96611020345678"}""")));
    }

    @Test
    @DisplayName("addBankPaymentDetails with only the date sends only the date (no nulls)")
    void addsBankPaymentDetailsWithOnlyTheDate() {
        api.stubFor(post(urlEqualTo(EXPENSE_URL + "/bank-payment-details")).willReturn(aResponse().withStatus(204)));

        client.expenses().addBankPaymentDetails("4821", ExpenseBankPaymentDetails.paidAt(Instant.parse("2024-06-12T00:00:00Z")));

        api.verify(1, sdkJsonPost(EXPENSE_URL + "/bank-payment-details")
                .withRequestBody(equalToJson("{\"date\":\"2024-06-12T00:00:00Z\"}")));
    }

    @Test
    @DisplayName("async addBankPaymentDetails sends the same POST on another account")
    void addsBankPaymentDetailsAsynchronously() {
        String url = "/api/v3/accounts/" + OTHER_ACCOUNT + "/expenses/4821/bank-payment-details";
        api.stubFor(post(urlEqualTo(url)).willReturn(aResponse().withStatus(204)));

        client.async().account(OTHER_ACCOUNT).expenses().addBankPaymentDetails("4821",
                ExpenseBankPaymentDetails.paidAt(Instant.parse("2024-06-12T09:15:00Z")).withPaymentReference("R-1")).join();

        api.verify(1, sdkJsonPost(url).withRequestBody(equalToJson(
                "{\"date\":\"2024-06-12T09:15:00Z\",\"paymentReference\":\"R-1\"}")));
    }

    @Test
    @DisplayName("removeBankPaymentDetails sends DELETE .../bank-payment-details without body; 204 is success")
    void removesBankPaymentDetails() {
        api.stubFor(delete(urlEqualTo(EXPENSE_URL + "/bank-payment-details")).willReturn(aResponse().withStatus(204)));

        client.expenses().removeBankPaymentDetails("4821");

        api.verify(1, sdkDelete(EXPENSE_URL + "/bank-payment-details"));
        assertThat(api.getAllServeEvents().get(0).getRequest().getBody()).isEmpty();
    }

    @Test
    @DisplayName("async removeBankPaymentDetails sends the same DELETE")
    void removesBankPaymentDetailsAsynchronously() {
        api.stubFor(delete(urlEqualTo(EXPENSE_URL + "/bank-payment-details")).willReturn(aResponse().withStatus(204)));

        client.async().expenses().removeBankPaymentDetails("4821").join();

        api.verify(1, sdkDelete(EXPENSE_URL + "/bank-payment-details"));
    }
}
