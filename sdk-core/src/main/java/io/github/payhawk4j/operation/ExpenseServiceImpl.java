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
import io.github.payhawk4j.service.AutoPagingIterable;
import io.github.payhawk4j.service.ExpenseService;
import io.github.payhawk4j.service.RawResponse;
import io.github.payhawk4j.service.RequestOptions;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** The blocking {@link ExpenseService}: each method sends its {@link ExpenseOperations} operation. */
public final class ExpenseServiceImpl implements ExpenseService {

    private final OperationRunner runner;
    private final ExpenseOperations operations;
    private final WithRawResponse raw = new Raw();

    /** The service of {@code accountId}, sending through {@code runner}. */
    public ExpenseServiceImpl(OperationRunner runner, String accountId) {
        this(runner, new ExpenseOperations(runner.transport(), accountId));
    }

    private ExpenseServiceImpl(OperationRunner runner, ExpenseOperations operations) {
        this.runner = runner;
        this.operations = operations;
    }

    @Override
    public ExpenseService withOptions(Consumer<RequestOptions.Builder> options) {
        return new ExpenseServiceImpl(runner.withOptions(options), operations);
    }

    @Override
    public WithRawResponse withRawResponse() {
        return raw;
    }

    @Override
    public Page<Expense> list(ExpenseQuery query) {
        return runner.value(operations.list(query));
    }

    @Override
    public AutoPagingIterable<Expense> listAll(ExpenseQuery query) {
        ExpenseQuery pageQuery = ExpenseOperations.pageQuery(query);
        return AutoPagingIterable.of(ExpenseOperations.firstSkip(query), skip -> list(pageQuery.withSkip(skip)));
    }

    @Override
    public Expense get(String expenseId) {
        return runner.value(operations.get(expenseId));
    }

    @Override
    public Expense update(String expenseId, ExpensePatch patch) {
        return runner.value(operations.update(expenseId, patch));
    }

    @Override
    public List<ExpensePayment> payments(String expenseId) {
        return runner.value(operations.payments(expenseId));
    }

    @Override
    public ExpensePaymentDetails paymentDetails(String expenseId) {
        return runner.value(operations.paymentDetails(expenseId));
    }

    @Override
    public ExpenseWorkflowStatus workflow(String expenseId) {
        return runner.value(operations.workflow(expenseId));
    }

    @Override
    public void addBankPaymentDetails(String expenseId, ExpenseBankPaymentDetails details) {
        runner.value(operations.addBankPaymentDetails(expenseId, details));
    }

    @Override
    public void removeBankPaymentDetails(String expenseId) {
        runner.value(operations.removeBankPaymentDetails(expenseId));
    }

    @Override
    public List<DocumentFile> submitFiles(String expenseId, List<FileUpload> files) {
        return runner.value(operations.submitFiles(expenseId, files));
    }

    @Override
    public Map<String, JsonNode> submitInvoice(NewInvoice invoice) {
        return runner.value(operations.submitInvoice(invoice));
    }

    @Override
    public String toString() {
        return "ExpenseService";
    }

    private final class Raw implements WithRawResponse {

        @Override
        public RawResponse<Page<Expense>> list(ExpenseQuery query) {
            return runner.raw(operations.list(query));
        }

        @Override
        public RawResponse<Expense> get(String expenseId) {
            return runner.raw(operations.get(expenseId));
        }

        @Override
        public RawResponse<Expense> update(String expenseId, ExpensePatch patch) {
            return runner.raw(operations.update(expenseId, patch));
        }

        @Override
        public RawResponse<List<ExpensePayment>> payments(String expenseId) {
            return runner.raw(operations.payments(expenseId));
        }

        @Override
        public RawResponse<ExpensePaymentDetails> paymentDetails(String expenseId) {
            return runner.raw(operations.paymentDetails(expenseId));
        }

        @Override
        public RawResponse<ExpenseWorkflowStatus> workflow(String expenseId) {
            return runner.raw(operations.workflow(expenseId));
        }

        @Override
        public RawResponse<Void> addBankPaymentDetails(String expenseId, ExpenseBankPaymentDetails details) {
            return runner.raw(operations.addBankPaymentDetails(expenseId, details));
        }

        @Override
        public RawResponse<Void> removeBankPaymentDetails(String expenseId) {
            return runner.raw(operations.removeBankPaymentDetails(expenseId));
        }

        @Override
        public RawResponse<List<DocumentFile>> submitFiles(String expenseId, List<FileUpload> files) {
            return runner.raw(operations.submitFiles(expenseId, files));
        }

        @Override
        public RawResponse<Map<String, JsonNode>> submitInvoice(NewInvoice invoice) {
            return runner.raw(operations.submitInvoice(invoice));
        }
    }
}
