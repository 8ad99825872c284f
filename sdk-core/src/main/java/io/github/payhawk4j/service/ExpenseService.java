package io.github.payhawk4j.service;

import com.fasterxml.jackson.databind.JavaType;
import io.github.payhawk4j.http.ApiRequest;
import io.github.payhawk4j.http.ApiTransport;
import io.github.payhawk4j.http.MultipartBody;
import io.github.payhawk4j.http.ResponseReader;
import io.github.payhawk4j.model.DocumentFile;
import io.github.payhawk4j.model.FileUpload;
import io.github.payhawk4j.model.Page;
import io.github.payhawk4j.model.expense.Expense;
import io.github.payhawk4j.model.expense.ExpenseBankPaymentDetails;
import io.github.payhawk4j.model.expense.ExpensePatch;
import io.github.payhawk4j.model.expense.ExpensePayment;
import io.github.payhawk4j.model.expense.ExpensePaymentDetails;
import io.github.payhawk4j.model.expense.ExpenseWorkflowStatus;
import io.github.payhawk4j.query.ExpenseQuery;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/**
 * Expenses of one account: list, get, update, payments, workflow, bank payment details and files.
 * Every call has an {@code ...Async} twin with the same retry, rate-limit and error behaviour.
 * Thread-safe; get it from {@code client.expenses()} or {@code client.account(id).expenses()}.
 */
public final class ExpenseService {

    private final ApiTransport transport;
    private final String accountId;
    private final ResponseReader<Expense> expense;
    private final ResponseReader<Page<Expense>> expensePage;
    private final ResponseReader<List<ExpensePayment>> paymentList;
    private final ResponseReader<List<DocumentFile>> fileList;
    private final ResponseReader<ExpensePaymentDetails> paymentDetailsReader;
    private final ResponseReader<ExpenseWorkflowStatus> workflowReader;

    /** Creates the service for {@code accountId}; the client does this for you. */
    public ExpenseService(ApiTransport transport, String accountId) {
        this.transport = transport;
        this.accountId = accountId;
        this.expense = transport.json(Expense.class);
        this.expensePage = transport.json(pageOf(transport, Expense.class));
        this.paymentList = transport.unpagedList(ExpensePayment.class);
        this.fileList = transport.unpagedList(DocumentFile.class);
        this.paymentDetailsReader = transport.json(ExpensePaymentDetails.class);
        this.workflowReader = transport.json(ExpenseWorkflowStatus.class);
    }

    /** One page of expenses matching {@code query}. */
    public Page<Expense> list(ExpenseQuery query) {
        return transport.call(listRequest(query), expensePage);
    }

    /** Async twin of {@link #list}. */
    public CompletableFuture<Page<Expense>> listAsync(ExpenseQuery query) {
        return transport.callAsync(listRequest(query), expensePage);
    }

    /**
     * Every expense matching {@code query}, fetched lazily page by page as you iterate or stream.
     * The query's filter and order are sent with every page; its {@code take} is the page size
     * (default {@value ExpenseQuery#MAX_TAKE}) and its {@code skip} the first offset.
     * Set an order for stable results while expenses are being added.
     */
    public AutoPagingIterable<Expense> listAll(ExpenseQuery query) {
        int pageSize = query.take().orElse(ExpenseQuery.MAX_TAKE);
        ExpenseQuery firstPage = query.toBuilder().take(pageSize).build();
        return new AutoPagingIterable<>(query.skip().orElse(0), skip -> list(firstPage.withSkip(skip)));
    }

    /** The expense with {@code expenseId}. */
    public Expense get(String expenseId) {
        return transport.call(expenseRequest("GET", expenseId), expense);
    }

    /** Async twin of {@link #get}. */
    public CompletableFuture<Expense> getAsync(String expenseId) {
        return transport.callAsync(expenseRequest("GET", expenseId), expense);
    }

    /** Applies {@code patch} (e.g. external links to ERP documents) and returns the updated expense. */
    public Expense update(String expenseId, ExpensePatch patch) {
        return transport.call(updateRequest(expenseId, patch), expense);
    }

    /** Async twin of {@link #update}. */
    public CompletableFuture<Expense> updateAsync(String expenseId, ExpensePatch patch) {
        return transport.callAsync(updateRequest(expenseId, patch), expense);
    }

    /** The payments made for the expense (all of them: an incomplete list fails with {@code IncompleteListException}). */
    public List<ExpensePayment> payments(String expenseId) {
        return transport.call(expenseRequest("GET", expenseId, "payments"), paymentList);
    }

    /** Async twin of {@link #payments}. */
    public CompletableFuture<List<ExpensePayment>> paymentsAsync(String expenseId) {
        return transport.callAsync(expenseRequest("GET", expenseId, "payments"), paymentList);
    }

    /** The expense's payment details (payment currency). */
    public ExpensePaymentDetails paymentDetails(String expenseId) {
        return transport.call(expenseRequest("GET", expenseId, "payment-details"), paymentDetailsReader);
    }

    /** Async twin of {@link #paymentDetails}. */
    public CompletableFuture<ExpensePaymentDetails> paymentDetailsAsync(String expenseId) {
        return transport.callAsync(expenseRequest("GET", expenseId, "payment-details"), paymentDetailsReader);
    }

    /** Where the expense is in its approval workflow. */
    public ExpenseWorkflowStatus workflow(String expenseId) {
        return transport.call(expenseRequest("GET", expenseId, "workflow"), workflowReader);
    }

    /** Async twin of {@link #workflow}. */
    public CompletableFuture<ExpenseWorkflowStatus> workflowAsync(String expenseId) {
        return transport.callAsync(expenseRequest("GET", expenseId, "workflow"), workflowReader);
    }

    /** Records a bank payment for a bank expense and marks it paid. */
    public void addBankPaymentDetails(String expenseId, ExpenseBankPaymentDetails details) {
        transport.call(bankDetailsRequest(expenseId, details), ApiTransport.noContent());
    }

    /** Async twin of {@link #addBankPaymentDetails}. */
    public CompletableFuture<Void> addBankPaymentDetailsAsync(String expenseId, ExpenseBankPaymentDetails details) {
        return transport.callAsync(bankDetailsRequest(expenseId, details), ApiTransport.noContent());
    }

    /** Removes the bank payment details and marks the expense unpaid. */
    public void removeBankPaymentDetails(String expenseId) {
        transport.call(expenseRequest("DELETE", expenseId, "bank-payment-details"), ApiTransport.noContent());
    }

    /** Async twin of {@link #removeBankPaymentDetails}. */
    public CompletableFuture<Void> removeBankPaymentDetailsAsync(String expenseId) {
        return transport.callAsync(expenseRequest("DELETE", expenseId, "bank-payment-details"), ApiTransport.noContent());
    }

    /** Attaches files (receipts, invoices) to the expense as one {@code multipart/form-data} upload. */
    public List<DocumentFile> submitFiles(String expenseId, List<FileUpload> files) {
        return transport.call(filesRequest(expenseId, files), fileList);
    }

    /** Async twin of {@link #submitFiles}. */
    public CompletableFuture<List<DocumentFile>> submitFilesAsync(String expenseId, List<FileUpload> files) {
        return transport.callAsync(filesRequest(expenseId, files), fileList);
    }

    private ApiRequest listRequest(ExpenseQuery query) {
        ApiRequest request = ApiRequest.of("GET", "accounts", accountId, "expenses");
        request = request.withQuery("$filter", query.filter().map(f -> transport.jsonText(f.toJsonTree())).orElse(null));
        request = request.withQuery("$orderBy", query.orderBy().map(o -> transport.jsonText(o.toJsonTree())).orElse(null));
        request = request.withQuery("$skip", query.skip().map(String::valueOf).orElse(null));
        return request.withQuery("$take", query.take().map(String::valueOf).orElse(null));
    }

    private ApiRequest expenseRequest(String method, String expenseId, String... more) {
        return ApiRequest.of(method, Stream.concat(Stream.of("accounts", accountId, "expenses", expenseId), Stream.of(more))
                .toArray(String[]::new));
    }

    private ApiRequest updateRequest(String expenseId, ExpensePatch patch) {
        return transport.withJsonBody(expenseRequest("PATCH", expenseId), patch);
    }

    private ApiRequest bankDetailsRequest(String expenseId, ExpenseBankPaymentDetails details) {
        return transport.withJsonBody(expenseRequest("POST", expenseId, "bank-payment-details"), details);
    }

    private ApiRequest filesRequest(String expenseId, List<FileUpload> files) {
        MultipartBody body = MultipartBody.of(files);
        return expenseRequest("POST", expenseId, "files").withBody(body.bytes(), body.contentType());
    }

    private static JavaType pageOf(ApiTransport transport, Class<?> item) {
        return transport.type(Page.class, item);
    }
}
