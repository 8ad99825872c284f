package io.github.payhawk4j.service;

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

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Expenses of one account: list, get, update, payments, workflow, bank payment details, files and invoice submission.
 * Get it from {@code client.expenses()} or {@code client.account(id).expenses()};
 * {@code client.async().expenses()} makes the same calls without blocking. Thread-safe.
 *
 * <p>An interface to call, not to implement: later versions add methods to it.
 */
public interface ExpenseService {

    /**
     * This service with other settings for its calls (timeout, retries), layered over this view's;
     * the client and this view are unchanged.
     */
    ExpenseService withOptions(Consumer<RequestOptions.Builder> options);

    /** The same calls, each returning the {@link RawResponse}: status, headers and request id with the value. */
    WithRawResponse withRawResponse();

    /** One page of expenses matching {@code query}. */
    Page<Expense> list(ExpenseQuery query);

    /**
     * Every expense matching {@code query}, fetched lazily page by page as you iterate or stream.
     * The query's filter and order are sent with every page; its {@code take} is the page size
     * (default {@value ExpenseQuery#MAX_TAKE}) and its {@code skip} the first offset.
     * Set an order for stable results while expenses are being added.
     */
    AutoPagingIterable<Expense> listAll(ExpenseQuery query);

    /** The expense with {@code expenseId}. */
    Expense get(String expenseId);

    /** Applies {@code patch} (e.g. external links to ERP documents) and returns the updated expense. */
    Expense update(String expenseId, ExpensePatch patch);

    /** The payments made for the expense. */
    List<ExpensePayment> payments(String expenseId);

    /** The expense's payment details (payment currency). */
    ExpensePaymentDetails paymentDetails(String expenseId);

    /** Where the expense is in its approval workflow. */
    ExpenseWorkflowStatus workflow(String expenseId);

    /** Records a bank payment for a bank expense and marks it paid. */
    void addBankPaymentDetails(String expenseId, ExpenseBankPaymentDetails details);

    /** Removes the bank payment details and marks the expense unpaid. */
    void removeBankPaymentDetails(String expenseId);

    /** Attaches files (receipts, invoices) to the expense as one {@code multipart/form-data} upload. */
    List<DocumentFile> submitFiles(String expenseId, List<FileUpload> files);

    /** Submits an invoice file with its metadata ({@code multipart/form-data}); Payhawk accepts it (202) and tries to match it to a card expense. Returns what Payhawk answers, usually an empty object. */
    Map<String, JsonNode> submitInvoice(NewInvoice invoice);

    /** The calls of {@link ExpenseService}, each returning the response with its value. */
    interface WithRawResponse {

        /** {@link ExpenseService#list}, with the response. */
        RawResponse<Page<Expense>> list(ExpenseQuery query);

        /** {@link ExpenseService#get}, with the response. */
        RawResponse<Expense> get(String expenseId);

        /** {@link ExpenseService#update}, with the response. */
        RawResponse<Expense> update(String expenseId, ExpensePatch patch);

        /** {@link ExpenseService#payments}, with the response. */
        RawResponse<List<ExpensePayment>> payments(String expenseId);

        /** {@link ExpenseService#paymentDetails}, with the response. */
        RawResponse<ExpensePaymentDetails> paymentDetails(String expenseId);

        /** {@link ExpenseService#workflow}, with the response. */
        RawResponse<ExpenseWorkflowStatus> workflow(String expenseId);

        /** {@link ExpenseService#addBankPaymentDetails}, with the response. */
        RawResponse<Void> addBankPaymentDetails(String expenseId, ExpenseBankPaymentDetails details);

        /** {@link ExpenseService#removeBankPaymentDetails}, with the response. */
        RawResponse<Void> removeBankPaymentDetails(String expenseId);

        /** {@link ExpenseService#submitFiles}, with the response. */
        RawResponse<List<DocumentFile>> submitFiles(String expenseId, List<FileUpload> files);

        /** {@link ExpenseService#submitInvoice}, with the response. */
        RawResponse<Map<String, JsonNode>> submitInvoice(NewInvoice invoice);
    }
}
