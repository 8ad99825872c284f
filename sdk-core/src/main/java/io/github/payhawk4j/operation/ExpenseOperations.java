package io.github.payhawk4j.operation;

import com.fasterxml.jackson.databind.JsonNode;
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
import io.github.payhawk4j.model.expense.NewInvoice;
import io.github.payhawk4j.query.ExpenseQuery;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The expense operations of one account, each defined once for the blocking and the async services. */
final class ExpenseOperations {

    private final ApiTransport transport;
    private final String accountId;
    private final ResponseReader<Expense> expense;
    // The readers of the other operations, made when one of them is first sent: a get needs only the expense reader.
    private volatile OtherReaders others;

    ExpenseOperations(ApiTransport transport, String accountId) {
        this.transport = transport;
        this.accountId = accountId;
        this.expense = transport.json(Expense.class);
    }

    /** The readers of the operations other than get and update. */
    private static final class OtherReaders {
        final ResponseReader<Page<Expense>> expensePage;
        final ResponseReader<List<ExpensePayment>> paymentList;
        final ResponseReader<List<DocumentFile>> fileList;
        final ResponseReader<ExpensePaymentDetails> paymentDetails;
        final ResponseReader<ExpenseWorkflowStatus> workflow;
        final ResponseReader<Map<String, JsonNode>> acceptedInvoice;

        OtherReaders(ApiTransport transport) {
            this.expensePage = transport.json(transport.type(Page.class, Expense.class));
            this.paymentList = transport.unpagedList(ExpensePayment.class);
            this.fileList = transport.unpagedList(DocumentFile.class);
            this.paymentDetails = transport.json(ExpensePaymentDetails.class);
            this.workflow = transport.json(ExpenseWorkflowStatus.class);
            ResponseReader<Map<String, JsonNode>> object = transport.json(transport.type(Map.class, String.class, JsonNode.class));
            // 202 with a free-form object; an empty body is an empty object.
            this.acceptedInvoice = response -> response.body().length == 0 ? Map.of()
                    : Collections.unmodifiableMap(new LinkedHashMap<>(object.read(response)));
        }
    }

    /** The other readers, made once (threads racing make equal ones; the volatile field publishes them whole). */
    private OtherReaders others() {
        OtherReaders readers = others;
        if (readers == null) {
            readers = new OtherReaders(transport);
            others = readers;
        }
        return readers;
    }

    Operation<Page<Expense>> list(ExpenseQuery query) {
        ApiRequest request = ApiRequest.to("GET", "/accounts/{accountId}/expenses", accountId);
        request = request.withQuery("$filter", query.filter().map(f -> transport.jsonText(f.toJsonTree())).orElse(null));
        request = request.withQuery("$orderBy", query.orderBy().map(o -> transport.jsonText(o.toJsonTree())).orElse(null));
        request = request.withQuery("$skip", query.skip().map(String::valueOf).orElse(null));
        request = request.withQuery("$take", query.take().map(String::valueOf).orElse(null));
        return new Operation<>(request, others().expensePage);
    }

    /** The query each page of {@code listAll} sends: the caller's, with its {@code take} (default the maximum) as page size. */
    static ExpenseQuery pageQuery(ExpenseQuery query) {
        return query.toBuilder().take(query.take().orElse(ExpenseQuery.MAX_TAKE)).build();
    }

    /** The offset {@code listAll} starts at. */
    static int firstSkip(ExpenseQuery query) {
        return query.skip().orElse(0);
    }

    Operation<Expense> get(String expenseId) {
        return new Operation<>(expenseRequest("GET", expenseId, ""), expense);
    }

    Operation<Expense> update(String expenseId, ExpensePatch patch) {
        return new Operation<>(transport.withJsonBody(expenseRequest("PATCH", expenseId, ""), patch), expense);
    }

    Operation<List<ExpensePayment>> payments(String expenseId) {
        return new Operation<>(expenseRequest("GET", expenseId, "/payments"), others().paymentList);
    }

    Operation<ExpensePaymentDetails> paymentDetails(String expenseId) {
        return new Operation<>(expenseRequest("GET", expenseId, "/payment-details"), others().paymentDetails);
    }

    Operation<ExpenseWorkflowStatus> workflow(String expenseId) {
        return new Operation<>(expenseRequest("GET", expenseId, "/workflow"), others().workflow);
    }

    Operation<Void> addBankPaymentDetails(String expenseId, ExpenseBankPaymentDetails details) {
        return new Operation<>(transport.withJsonBody(expenseRequest("POST", expenseId, "/bank-payment-details"), details),
                ApiTransport.noContent());
    }

    Operation<Void> removeBankPaymentDetails(String expenseId) {
        return new Operation<>(expenseRequest("DELETE", expenseId, "/bank-payment-details"), ApiTransport.noContent());
    }

    Operation<List<DocumentFile>> submitFiles(String expenseId, List<FileUpload> files) {
        MultipartBody body = MultipartBody.of(files);
        return new Operation<>(expenseRequest("POST", expenseId, "/files").withBody(body.bytes(), body.contentType()),
                others().fileList);
    }

    Operation<Map<String, JsonNode>> submitInvoice(NewInvoice invoice) {
        Objects.requireNonNull(invoice, "invoice");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("id", invoice.id());
        fields.put("provider", invoice.provider());
        fields.put("supplierName", invoice.supplierName());
        putIfSet(fields, "supplierVat", invoice.supplierVat());
        putIfSet(fields, "supplierCountry", invoice.supplierCountry());
        fields.put("totalAmount", invoice.totalAmount().toPlainString());
        fields.put("taxAmount", invoice.taxAmount().toPlainString());
        fields.put("currency", invoice.currency());
        fields.put("paidAt", invoice.paidAt().toString());
        fields.put("documentDate", invoice.documentDate().toString());
        putIfSet(fields, "documentNumber", invoice.documentNumber());
        putIfSet(fields, "reference", invoice.reference());
        if (!invoice.items().isEmpty()) {
            fields.put("items", transport.jsonText(invoice.items()));
        }
        MultipartBody body = MultipartBody.form(fields, "file", invoice.file());
        return new Operation<>(ApiRequest.to("POST", "/accounts/{accountId}/invoices", accountId)
                .withBody(body.bytes(), body.contentType()), others().acceptedInvoice);
    }

    private static void putIfSet(Map<String, String> fields, String name, String value) {
        if (value != null) {
            fields.put(name, value);
        }
    }

    /** A request to the expense, or to {@code subresource} of it (a literal path part such as {@code "/payments"}). */
    private ApiRequest expenseRequest(String method, String expenseId, String subresource) {
        return ApiRequest.to(method, "/accounts/{accountId}/expenses/{expenseId}" + subresource, accountId, expenseId);
    }
}
