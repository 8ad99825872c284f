package io.github.payhawk4j.sandbox;

import io.github.payhawk4j.client.PayhawkClient;
import io.github.payhawk4j.error.AuthenticationException;
import io.github.payhawk4j.error.InvalidRequestException;
import io.github.payhawk4j.error.NotFoundException;
import io.github.payhawk4j.error.PermissionException;
import io.github.payhawk4j.error.RateLimitedException;
import io.github.payhawk4j.model.DocumentFile;
import io.github.payhawk4j.model.ExternalLink;
import io.github.payhawk4j.model.FileUpload;
import io.github.payhawk4j.model.Page;
import io.github.payhawk4j.model.expense.ApprovalStatus;
import io.github.payhawk4j.model.expense.Expense;
import io.github.payhawk4j.model.expense.ExpenseBankPaymentDetails;
import io.github.payhawk4j.model.expense.ExpensePatch;
import io.github.payhawk4j.model.expense.ExpensePayment;
import io.github.payhawk4j.model.expense.ExpenseStatus;
import io.github.payhawk4j.model.expense.PaymentStatus;
import io.github.payhawk4j.model.supplier.Supplier;
import io.github.payhawk4j.model.supplier.SupplierStatus;
import io.github.payhawk4j.model.webhook.EventType;
import io.github.payhawk4j.model.webhook.WebhookSubscription;
import io.github.payhawk4j.model.webhook.WebhookSubscriptionStatus;
import io.github.payhawk4j.query.ExpenseFilter;
import io.github.payhawk4j.query.ExpenseFilterStatus;
import io.github.payhawk4j.query.ExpenseOrder;
import io.github.payhawk4j.query.ExpenseQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The SDK's PayhawkClient against the sandbox: what the demo and users' tests rely on. */
class SdkClientAgainstSandboxTest {

    private PayhawkSandbox sandbox;
    private PayhawkClient client;

    @BeforeEach
    void start() {
        sandbox = TestSigner.quickSandbox()
                .rateLimit(15, Duration.ofSeconds(1))
                .additionalAccount("globex")
                .restrictedApiKey("globex-only", "globex")
                .start();
        client = clientWithKey(sandbox.apiKey()).build();
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private PayhawkClient.Builder clientWithKey(String key) {
        return PayhawkClient.builder().apiKey(key).accountId(sandbox.accountId()).baseUrl(sandbox.baseUrl());
    }

    @Test
    void aCardExpenseReadsBackWithExactAmounts() {
        String id = sandbox.account().createCardExpense(CardPurchase.of("Delta Air Lines", new BigDecimal("1234.10"), "USD")
                .withFxRate(new BigDecimal("0.9150"))
                .withTax(new BigDecimal("110.10"))
                .withCategory("Travel", "6100"));

        Expense expense = client.expenses().get(id);

        assertThat(expense.id()).isEqualTo(id);
        assertThat(expense.status()).isEqualTo(ExpenseStatus.DRAFT);
        assertThat(expense.type().isKnown()).isTrue();
        assertThat(expense.reconciliation().totalAmount()).isEqualTo(new BigDecimal("1234.10"));
        assertThat(expense.reconciliation().baseTotalAmount()).isEqualTo(new BigDecimal("1129.20"));
        assertThat(expense.reconciliation().baseTaxAmount()).isEqualTo(new BigDecimal("100.74"));
        assertThat(expense.reconciliation().accountCode()).isEqualTo("6100");
        assertThat(expense.supplier().name()).isEqualTo("Delta Air Lines");
        assertThat(expense.lineItems()).hasSize(1);
        assertThat(expense.createdAt()).isBeforeOrEqualTo(Instant.now());
    }

    @Test
    void filtersOrderAndPagingThroughTheTypedQuery() {
        sandbox.account().addExpense("{\"id\":\"1\",\"createdAt\":\"2026-03-01T09:00:00.000Z\",\"status\":\"ready\",\"supplier\":{\"name\":\"Lufthansa\"}}");
        sandbox.account().addExpense("{\"id\":\"2\",\"createdAt\":\"2026-03-02T09:00:00.000Z\",\"status\":\"draft\",\"supplier\":{\"name\":\"Uber\"}}");
        sandbox.account().addExpense("{\"id\":\"3\",\"createdAt\":\"2026-03-03T09:00:00.000Z\",\"status\":\"ready\",\"supplier\":{\"name\":\"Lufthansa Cargo\"}}");

        Page<Expense> ready = client.expenses().list(ExpenseQuery.builder()
                .filter(ExpenseFilter.status().equalTo(ExpenseFilterStatus.READY)
                        .and(ExpenseFilter.supplierName().contains("lufthansa")))
                .orderBy(ExpenseOrder.ID_ASC)
                .take(1)
                .build());
        assertThat(ready.items()).extracting(Expense::id).containsExactly("1");
        assertThat(ready.total()).isEqualTo(2);

        Page<Expense> after = client.expenses().list(ExpenseQuery.builder()
                .filter(ExpenseFilter.createdAt().greaterThan(LocalDate.of(2026, 3, 1))
                        .or(ExpenseFilter.id().in("1")))
                .orderBy(ExpenseOrder.CREATED_AT_ASC)
                .build());
        assertThat(after.items()).extracting(Expense::id).containsExactly("1", "2", "3");
    }

    @Test
    void listAllPagesThroughEverything() {
        for (int i = 0; i < 7; i++) {
            sandbox.account().addExpense("{}");
        }
        Iterable<Expense> all = client.expenses().listAll(ExpenseQuery.builder().orderBy(ExpenseOrder.ID_ASC).take(3).build());
        assertThat(StreamSupport.stream(all.spliterator(), false).map(Expense::id))
                .containsExactly("1", "2", "3", "4", "5", "6", "7");
    }

    @Test
    void externalLinksWrittenBackShowInTheExpense() {
        String id = sandbox.account().createCardExpense(CardPurchase.of("Uber", new BigDecimal("23.40"), "EUR"));

        Expense updated = client.expenses().update(id,
                ExpensePatch.externalLinks(List.of(ExternalLink.of("JE-1", "https://erp.example.com/je/1"))));

        assertThat(updated.externalLinks()).containsExactly(ExternalLink.of("JE-1", "https://erp.example.com/je/1"));
        assertThat(sandbox.account().expense(id).at("/externalLinks/0/title").asText()).isEqualTo("JE-1");
    }

    @Test
    void paymentsWorkflowAndPaymentDetails() {
        String id = sandbox.account().createCardExpense(CardPurchase.of("Hilton", new BigDecimal("310.00"), "GBP")
                .withFxRate(new BigDecimal("1.17")));
        sandbox.account().reviewExpense(id);
        sandbox.account().approveExpense(id);
        sandbox.account().settlePayment(id);

        List<ExpensePayment> payments = client.expenses().payments(id);
        assertThat(payments).singleElement().satisfies(payment -> {
            assertThat(payment.status()).isEqualTo(PaymentStatus.of("settled"));
            assertThat(payment.amount()).isEqualTo(new BigDecimal("362.70"));
            assertThat(payment.originalAmount()).isEqualTo(new BigDecimal("310.00"));
            assertThat(payment.expenseIds()).containsExactly(id);
        });
        assertThat(client.expenses().workflow(id).approvalStatus()).isEqualTo(ApprovalStatus.of("approved"));
        assertThat(client.expenses().paymentDetails(id).currency()).isEqualTo("GBP");
    }

    @Test
    void bankPaymentDetailsRoundTrip() {
        String id = sandbox.account().addExpense("{\"type\":\"bank\"}");
        client.expenses().addBankPaymentDetails(id, ExpenseBankPaymentDetails.paidAt(Instant.parse("2026-11-02T10:00:00Z")));
        assertThat(client.expenses().get(id).isPaid()).isTrue();
        client.expenses().removeBankPaymentDetails(id);
        assertThat(client.expenses().get(id).isPaid()).isFalse();
    }

    @Test
    void submittedFilesAreListedInTheExpenseDocument() {
        String id = sandbox.account().createCardExpense(CardPurchase.of("Uber", new BigDecimal("23.40"), "EUR"));
        byte[] pdf = {'%', 'P', 'D', 'F', 0, (byte) 0xFF, '\r', '\n'};

        List<DocumentFile> files = client.expenses().submitFiles(id, List.of(
                new FileUpload("receipt.pdf", "application/pdf", pdf),
                new FileUpload("photo.jpg", "image/jpeg", new byte[] {1, 2, 3})));

        assertThat(files).extracting(DocumentFile::contentType).containsExactly("application/pdf", "image/jpeg");
        assertThat(client.expenses().get(id).document().files()).extracting(DocumentFile::id)
                .containsExactlyElementsOf(files.stream().map(DocumentFile::id).toList());
    }

    @Test
    void webhookSubscriptionsCreateListGetEnsureAndDelete() {
        String url = "http://127.0.0.1:9/payhawk/webhooks";
        WebhookSubscription created = client.webhooks().create(EventType.EXPENSE_REVIEWED, url);
        assertThat(created.status()).isEqualTo(WebhookSubscriptionStatus.ACTIVE);
        assertThat(created.eventType()).isEqualTo(EventType.EXPENSE_REVIEWED);

        WebhookSubscription ensured = client.webhooks().ensure(EventType.EXPENSE_REVIEWED, url).subscription();
        assertThat(ensured.id()).isEqualTo(created.id());
        assertThat(client.webhooks().list()).hasSize(1);
        assertThat(client.webhooks().get(created.id()).callbackUrl()).isEqualTo(url);

        client.webhooks().delete(created.id());
        assertThat(client.webhooks().list()).isEmpty();
        assertThatThrownBy(() -> client.webhooks().get(created.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aRefusedSubscriptionIsAnInvalidRequest() {
        // The client itself refuses plain HTTP to other hosts, so send what only the server checks.
        assertThatThrownBy(() -> client.webhooks().create(EventType.of("expense.exploded"), "https://erp.example.com/hooks"))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(400);
                    assertThat(e.code()).hasValue("bad_request");
                });
        assertThat(sandbox.account().webhookSubscriptions()).isEmpty();
    }

    @Test
    void suppliersDepositsPurchaseOrdersAndThePublicKey() {
        String supplierId = sandbox.account().createSupplier("ACME GmbH",
                new BankAccountDetails("ACME GmbH", "DE89370400440532013000", "COBADEFFXXX", "EUR"));
        String depositId = sandbox.account().receiveDeposit("fa_eur", new BigDecimal("5000.00"), "EUR");
        String orderId = sandbox.account().createPurchaseOrder("Laptops", new BigDecimal("4200.00"), "EUR");

        Supplier supplier = client.suppliers().get(supplierId);
        assertThat(supplier.name()).isEqualTo("ACME GmbH");
        assertThat(supplier.bankAccounts()).singleElement()
                .satisfies(account -> assertThat(account.iban()).isEqualTo("DE89370400440532013000"));
        assertThat(client.suppliers().list(SupplierStatus.ACTIVE)).extracting(Supplier::id).containsExactly(supplierId);
        assertThat(client.suppliers().list(SupplierStatus.ARCHIVED)).isEmpty();
        assertThat(client.deposits().get("fa_eur", depositId).amount()).isEqualTo(new BigDecimal("5000.00"));
        assertThat(client.purchaseOrders().get(orderId).title()).isEqualTo("Laptops");
        assertThat(client.system().rsaPublicKey().trim()).isEqualTo(sandbox.publicKeyOpenSsh());
    }

    @Test
    void errorsMapToTheSdkExceptions() {
        assertThatThrownBy(() -> client.expenses().get("404404")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> clientWithKey("wrong").build().expenses().get("1"))
                .isInstanceOf(AuthenticationException.class);
        assertThatThrownBy(() -> clientWithKey("globex-only").build().expenses().get("1"))
                .isInstanceOf(PermissionException.class);
        assertThatThrownBy(() -> client.account("initech").expenses().get("1")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void anotherAccountIsReachedThroughAccountScope() {
        String id = sandbox.account("globex").createCardExpense(CardPurchase.of("Uber", new BigDecimal("9.90"), "EUR"));
        assertThat(client.account("globex").expenses().get(id).id()).isEqualTo(id);
        assertThatThrownBy(() -> client.expenses().get(id)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void theSandboxRateLimitSurfacesAsRateLimitedWhenTheClientDoesNotPace() {
        PayhawkClient impatient = clientWithKey(sandbox.apiKey()).disableRateLimit().maxRetries(0).build();
        assertThatThrownBy(() -> {
            for (int i = 0; i < 40; i++) {
                impatient.expenses().list(ExpenseQuery.all());
            }
        }).isInstanceOfSatisfying(RateLimitedException.class,
                e -> assertThat(e.retryAfter()).hasValueSatisfying(wait -> assertThat(wait).isPositive()));
    }

    @Test
    void aPacedClientStaysUnderTheLimit() {
        for (int i = 0; i < 20; i++) {
            assertThat(client.expenses().list(ExpenseQuery.all()).total()).isZero();
        }
    }
}
