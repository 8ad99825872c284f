package io.github.payhawk4j.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * {@code /api/v3/accounts/{accountId}/expenses/...}: list with {@code $filter}, {@code $orderBy},
 * {@code $skip}, {@code $take}; get; patch external links; payments; payment details; workflow;
 * bank payment details; file uploads (202, files listed in the expense's document).
 */
final class ExpenseEndpoints {

    private static final String EXPENSES = "/api/v3/accounts/{accountId}/expenses";
    private static final String EXPENSE = EXPENSES + "/{expenseId}";
    private static final Set<String> BANK_PAYMENT_DETAIL_FIELDS = Set.of("date", "paymentReference", "accountNumber");

    private final JsonCodec json;

    ExpenseEndpoints(JsonCodec json) {
        this.json = json;
    }

    void register(Router router) {
        router.add("GET", EXPENSES, this::list)
                .add("GET", EXPENSE, this::get)
                .add("PATCH", EXPENSE, this::patch)
                .add("GET", EXPENSE + "/payments", this::payments)
                .add("GET", EXPENSE + "/payment-details", this::paymentDetails)
                .add("GET", EXPENSE + "/workflow", this::workflow)
                .add("POST", EXPENSE + "/bank-payment-details", this::addBankPaymentDetails)
                .add("DELETE", EXPENSE + "/bank-payment-details", this::removeBankPaymentDetails)
                .add("POST", EXPENSE + "/files", this::submitFiles);
    }

    private SandboxResponse list(SandboxRequest request) {
        Predicate<JsonNode> filter = json.queryJson(request, "$filter").map(DocumentFilter::compile)
                .orElse(expense -> true);
        Comparator<JsonNode> order = json.queryJson(request, "$orderBy").map(ExpenseOrdering::compile)
                .orElse((left, right) -> 0);
        PageRequest page = PageRequest.of(request);
        List<ObjectNode> matching = request.account().expenseStore().all().stream()
                .filter(filter)
                .sorted(order)
                .toList();
        return json.response(200, json.listDocument(page.slice(matching), matching.size()));
    }

    private SandboxResponse get(SandboxRequest request) {
        return json.response(200, expense(request));
    }

    private SandboxResponse patch(SandboxRequest request) {
        String expenseId = existingExpenseId(request);
        ObjectNode patch = json.requestObject(request);
        for (Iterator<String> names = patch.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!name.equals("externalLinks")) {
                throw RefusedRequestException.badRequest("Unknown field '" + name + "'; an expense patch may only set externalLinks");
            }
        }
        if (!patch.has("externalLinks")) {
            return json.response(200, expense(request));
        }
        ArrayNode links = externalLinks(patch.get("externalLinks"));
        return json.response(200, request.account().replaceExternalLinks(expenseId, links));
    }

    private SandboxResponse payments(SandboxRequest request) {
        List<ObjectNode> payments = request.account().expenseStore().payments(existingExpenseId(request));
        return json.response(200, json.listDocument(payments, payments.size()));
    }

    private SandboxResponse paymentDetails(SandboxRequest request) {
        ObjectNode expense = expense(request);
        String currency = expense.path("reconciliation").path("currency")
                .asText(expense.path("reconciliation").path("baseCurrency").asText(request.account().baseCurrency()));
        return json.response(200, json.object().put("currency", currency));
    }

    private SandboxResponse workflow(SandboxRequest request) {
        return json.response(200, request.account().expenseStore().workflow(existingExpenseId(request)));
    }

    private SandboxResponse addBankPaymentDetails(SandboxRequest request) {
        String expenseId = bankExpenseId(request);
        ObjectNode details = json.requestObject(request);
        for (Iterator<Map.Entry<String, JsonNode>> fields = details.properties().iterator(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (!BANK_PAYMENT_DETAIL_FIELDS.contains(field.getKey())) {
                throw RefusedRequestException.badRequest("Unknown field '" + field.getKey()
                        + "'; bank payment details take date, paymentReference and accountNumber");
            }
            if (!field.getValue().isTextual()) {
                throw RefusedRequestException.badRequest("'" + field.getKey() + "' must be a string");
            }
        }
        if (!details.has("date")) {
            throw RefusedRequestException.badRequest("'date' is required: the ISO-8601 date-time of the payment");
        }
        try {
            OffsetDateTime.parse(details.get("date").asText());
        } catch (DateTimeParseException e) {
            throw RefusedRequestException.badRequest("'date' must be an ISO-8601 date-time, was " + details.get("date"));
        }
        request.account().addBankPaymentDetails(expenseId, details);
        return SandboxResponse.noContent();
    }

    private SandboxResponse removeBankPaymentDetails(SandboxRequest request) {
        request.account().removeBankPaymentDetails(bankExpenseId(request));
        return SandboxResponse.noContent();
    }

    private SandboxResponse submitFiles(SandboxRequest request) {
        String expenseId = existingExpenseId(request);
        List<MultipartFiles.Part> parts = MultipartFiles.parse(request.header("Content-Type").orElse(null), request.body());
        List<ObjectNode> files = request.account().attachFiles(expenseId, parts);
        return json.response(202, json.listDocument(files, files.size()));
    }

    private ArrayNode externalLinks(JsonNode links) {
        if (!links.isArray()) {
            throw RefusedRequestException.badRequest("externalLinks must be an array of {\"title\",\"url\"} objects");
        }
        for (JsonNode link : links) {
            boolean wellFormed = link.isObject() && link.path("title").isTextual() && link.path("url").isTextual()
                    && link.size() == 2;
            if (!wellFormed) {
                throw RefusedRequestException.badRequest("Each external link needs exactly a string title and a string url, got "
                        + link);
            }
        }
        return (ArrayNode) links;
    }

    private ObjectNode expense(SandboxRequest request) {
        String expenseId = request.pathVariable("expenseId");
        return request.account().expenseStore().find(expenseId)
                .orElseThrow(() -> RefusedRequestException.notFound("Expense '" + expenseId + "' not found"));
    }

    private String existingExpenseId(SandboxRequest request) {
        return expense(request).get("id").asText();
    }

    private String bankExpenseId(SandboxRequest request) {
        ObjectNode expense = expense(request);
        if (!"bank".equals(expense.path("type").asText())) {
            throw RefusedRequestException.badRequest("Expense '" + expense.get("id").asText()
                    + "' is a " + expense.path("type").asText() + " expense; only bank expenses take bank payment details");
        }
        return expense.get("id").asText();
    }
}
