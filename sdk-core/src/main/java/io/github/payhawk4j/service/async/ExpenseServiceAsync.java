package io.github.payhawk4j.service.async;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.payhawk4j.model.DocumentFile;
import io.github.payhawk4j.model.FileUpload;
import io.github.payhawk4j.model.Page;
import io.github.payhawk4j.model.expense.Expense;
import io.github.payhawk4j.model.expense.ExpenseBankPaymentDetails;
import io.github.payhawk4j.model.expense.ExpensePatch;
import io.github.payhawk4j.model.expense.ExpensePayment;
import io.github.payhawk4j.model.expense.ExpensePaymentDetails;
import io.github.payhawk4j.model.expense.ExpenseWorkflowStatus;
import io.github.payhawk4j.model.expense.NewInvoice;
import io.github.payhawk4j.query.ExpenseQuery;
import io.github.payhawk4j.service.RawResponse;
import io.github.payhawk4j.service.RequestOptions;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The calls of {@link io.github.payhawk4j.service.ExpenseService}, without blocking: each returns a
 * {@link CompletableFuture} that completes with the same value, or fails with the same
 * {@code PayhawkException}, after the same retries and rate limiting. Get it from
 * {@code client.async().expenses()} or {@code client.async().account(id).expenses()}. Thread-safe.
 *
 * <p>An interface to call, not to implement: later versions add methods to it.
 */
public interface ExpenseServiceAsync {

    /**
     * This service with other settings for its calls (timeout, retries), layered over this view's;
     * the client and this view are unchanged.
     */
    ExpenseServiceAsync withOptions(Consumer<RequestOptions.Builder> options);

    /** The same calls, each returning the {@link RawResponse}: status, headers and request id with the value. */
    WithRawResponse withRawResponse();

    /** One page of expenses matching {@code query}. */
    CompletableFuture<Page<Expense>> list(ExpenseQuery query);

    /**
     * The first page of every expense matching {@code query}, from which {@link AsyncPage#nextPage()} and
     * {@link AsyncPage#forEach} reach the rest, one page at a time and without a thread waiting for each.
     * The query's filter and order are sent with every page; its {@code take} is the page size
     * (default {@value ExpenseQuery#MAX_TAKE}) and its {@code skip} the first offset.
     * Set an order for stable results while expenses are being added.
     */
    CompletableFuture<AsyncPage<Expense>> listAll(ExpenseQuery query);

    /** The expense with {@code expenseId}. */
    CompletableFuture<Expense> get(String expenseId);

    /** Applies {@code patch} (e.g. external links to ERP documents) and returns the updated expense. */
    CompletableFuture<Expense> update(String expenseId, ExpensePatch patch);

    /** The payments made for the expense. */
    CompletableFuture<List<ExpensePayment>> payments(String expenseId);

    /** The expense's payment details (payment currency). */
    CompletableFuture<ExpensePaymentDetails> paymentDetails(String expenseId);

    /** Where the expense is in its approval workflow. */
    CompletableFuture<ExpenseWorkflowStatus> workflow(String expenseId);

    /** Records a bank payment for a bank expense and marks it paid. */
    CompletableFuture<Void> addBankPaymentDetails(String expenseId, ExpenseBankPaymentDetails details);

    /** Removes the bank payment details and marks the expense unpaid. */
    CompletableFuture<Void> removeBankPaymentDetails(String expenseId);

    /** Attaches files (receipts, invoices) to the expense as one {@code multipart/form-data} upload. */
    CompletableFuture<List<DocumentFile>> submitFiles(String expenseId, List<FileUpload> files);

    /** Submits an invoice file with its metadata ({@code multipart/form-data}); Payhawk accepts it (202) and tries to match it to a card expense. Returns what Payhawk answers, usually an empty object. */
    CompletableFuture<Map<String, JsonNode>> submitInvoice(NewInvoice invoice);

    /** The calls of {@link ExpenseServiceAsync}, each returning the response with its value. */
    interface WithRawResponse {

        /** {@link ExpenseServiceAsync#list}, with the response. */
        CompletableFuture<RawResponse<Page<Expense>>> list(ExpenseQuery query);

        /** {@link ExpenseServiceAsync#get}, with the response. */
        CompletableFuture<RawResponse<Expense>> get(String expenseId);

        /** {@link ExpenseServiceAsync#update}, with the response. */
        CompletableFuture<RawResponse<Expense>> update(String expenseId, ExpensePatch patch);

        /** {@link ExpenseServiceAsync#payments}, with the response. */
        CompletableFuture<RawResponse<List<ExpensePayment>>> payments(String expenseId);

        /** {@link ExpenseServiceAsync#paymentDetails}, with the response. */
        CompletableFuture<RawResponse<ExpensePaymentDetails>> paymentDetails(String expenseId);

        /** {@link ExpenseServiceAsync#workflow}, with the response. */
        CompletableFuture<RawResponse<ExpenseWorkflowStatus>> workflow(String expenseId);

        /** {@link ExpenseServiceAsync#addBankPaymentDetails}, with the response. */
        CompletableFuture<RawResponse<Void>> addBankPaymentDetails(String expenseId, ExpenseBankPaymentDetails details);

        /** {@link ExpenseServiceAsync#removeBankPaymentDetails}, with the response. */
        CompletableFuture<RawResponse<Void>> removeBankPaymentDetails(String expenseId);

        /** {@link ExpenseServiceAsync#submitFiles}, with the response. */
        CompletableFuture<RawResponse<List<DocumentFile>>> submitFiles(String expenseId, List<FileUpload> files);

        /** {@link ExpenseServiceAsync#submitInvoice}, with the response. */
        CompletableFuture<RawResponse<Map<String, JsonNode>>> submitInvoice(NewInvoice invoice);
    }
}
