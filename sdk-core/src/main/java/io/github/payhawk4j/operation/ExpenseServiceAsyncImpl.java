package io.github.payhawk4j.operation;

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
import io.github.payhawk4j.service.async.AsyncPage;
import io.github.payhawk4j.service.async.ExpenseServiceAsync;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/** The {@link ExpenseServiceAsync}: each method sends the same {@link ExpenseOperations} operation without blocking. */
public final class ExpenseServiceAsyncImpl implements ExpenseServiceAsync {

    private final OperationRunner runner;
    private final ExpenseOperations operations;
    private final WithRawResponse raw = new Raw();

    /** The service of {@code accountId}, sending through {@code runner}. */
    public ExpenseServiceAsyncImpl(OperationRunner runner, String accountId) {
        this(runner, new ExpenseOperations(runner.transport(), accountId));
    }

    private ExpenseServiceAsyncImpl(OperationRunner runner, ExpenseOperations operations) {
        this.runner = runner;
        this.operations = operations;
    }

    @Override
    public ExpenseServiceAsync withOptions(Consumer<RequestOptions.Builder> options) {
        return new ExpenseServiceAsyncImpl(runner.withOptions(options), operations);
    }

    @Override
    public WithRawResponse withRawResponse() {
        return raw;
    }

    @Override
    public CompletableFuture<Page<Expense>> list(ExpenseQuery query) {
        return runner.valueAsync(() -> operations.list(query));
    }

    @Override
    public CompletableFuture<AsyncPage<Expense>> listAll(ExpenseQuery query) {
        ExpenseQuery pageQuery;
        try {
            pageQuery = ExpenseOperations.pageQuery(query);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        return AsyncPage.first(ExpenseOperations.firstSkip(query), skip -> list(pageQuery.withSkip(skip)));
    }

    @Override
    public CompletableFuture<Expense> get(String expenseId) {
        return runner.valueAsync(() -> operations.get(expenseId));
    }

    @Override
    public CompletableFuture<Expense> update(String expenseId, ExpensePatch patch) {
        return runner.valueAsync(() -> operations.update(expenseId, patch));
    }

    @Override
    public CompletableFuture<List<ExpensePayment>> payments(String expenseId) {
        return runner.valueAsync(() -> operations.payments(expenseId));
    }

    @Override
    public CompletableFuture<ExpensePaymentDetails> paymentDetails(String expenseId) {
        return runner.valueAsync(() -> operations.paymentDetails(expenseId));
    }

    @Override
    public CompletableFuture<ExpenseWorkflowStatus> workflow(String expenseId) {
        return runner.valueAsync(() -> operations.workflow(expenseId));
    }

    @Override
    public CompletableFuture<Void> addBankPaymentDetails(String expenseId, ExpenseBankPaymentDetails details) {
        return runner.valueAsync(() -> operations.addBankPaymentDetails(expenseId, details));
    }

    @Override
    public CompletableFuture<Void> removeBankPaymentDetails(String expenseId) {
        return runner.valueAsync(() -> operations.removeBankPaymentDetails(expenseId));
    }

    @Override
    public CompletableFuture<List<DocumentFile>> submitFiles(String expenseId, List<FileUpload> files) {
        return runner.valueAsync(() -> operations.submitFiles(expenseId, files));
    }

    @Override
    public CompletableFuture<Map<String, JsonNode>> submitInvoice(NewInvoice invoice) {
        return runner.valueAsync(() -> operations.submitInvoice(invoice));
    }

    @Override
    public String toString() {
        return "ExpenseServiceAsync";
    }

    private final class Raw implements WithRawResponse {

        @Override
        public CompletableFuture<RawResponse<Page<Expense>>> list(ExpenseQuery query) {
            return runner.rawAsync(() -> operations.list(query));
        }

        @Override
        public CompletableFuture<RawResponse<Expense>> get(String expenseId) {
            return runner.rawAsync(() -> operations.get(expenseId));
        }

        @Override
        public CompletableFuture<RawResponse<Expense>> update(String expenseId, ExpensePatch patch) {
            return runner.rawAsync(() -> operations.update(expenseId, patch));
        }

        @Override
        public CompletableFuture<RawResponse<List<ExpensePayment>>> payments(String expenseId) {
            return runner.rawAsync(() -> operations.payments(expenseId));
        }

        @Override
        public CompletableFuture<RawResponse<ExpensePaymentDetails>> paymentDetails(String expenseId) {
            return runner.rawAsync(() -> operations.paymentDetails(expenseId));
        }

        @Override
        public CompletableFuture<RawResponse<ExpenseWorkflowStatus>> workflow(String expenseId) {
            return runner.rawAsync(() -> operations.workflow(expenseId));
        }

        @Override
        public CompletableFuture<RawResponse<Void>> addBankPaymentDetails(String expenseId, ExpenseBankPaymentDetails details) {
            return runner.rawAsync(() -> operations.addBankPaymentDetails(expenseId, details));
        }

        @Override
        public CompletableFuture<RawResponse<Void>> removeBankPaymentDetails(String expenseId) {
            return runner.rawAsync(() -> operations.removeBankPaymentDetails(expenseId));
        }

        @Override
        public CompletableFuture<RawResponse<List<DocumentFile>>> submitFiles(String expenseId, List<FileUpload> files) {
            return runner.rawAsync(() -> operations.submitFiles(expenseId, files));
        }

        @Override
        public CompletableFuture<RawResponse<Map<String, JsonNode>>> submitInvoice(NewInvoice invoice) {
            return runner.rawAsync(() -> operations.submitInvoice(invoice));
        }
    }
}
