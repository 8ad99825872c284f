package io.github.payhawk4j.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code POST /api/v3/accounts/{accountId}/invoices}: an invoice file with its metadata as
 * {@code multipart/form-data} ({@code INewInvoiceRequest}); 202 with an empty object, 400 for a missing or
 * malformed field, 409 for an invoice id already submitted to the account.
 */
final class InvoiceEndpoints {

    private static final List<String> REQUIRED = List.of("id", "provider", "supplierName", "totalAmount", "taxAmount",
            "currency", "paidAt", "documentDate");
    private static final Set<String> FIELDS = Set.of("id", "provider", "supplierName", "supplierVat", "supplierCountry",
            "totalAmount", "taxAmount", "currency", "paidAt", "documentDate", "documentNumber", "reference", "items");
    private static final Set<String> ITEM_FIELDS = Set.of("description", "taxPercentage", "taxAmount", "totalAmount");

    private final JsonCodec json;

    InvoiceEndpoints(JsonCodec json) {
        this.json = json;
    }

    void register(Router router) {
        router.add("POST", "/api/v3/accounts/{accountId}/invoices", this::submit);
    }

    private SandboxResponse submit(SandboxRequest request) {
        MultipartFiles.Form form = MultipartFiles.parseForm(request.header("Content-Type").orElse(null), request.body());
        Map<String, String> fields = form.fields();
        for (String name : fields.keySet()) {
            if (!FIELDS.contains(name)) {
                throw RefusedRequestException.badRequest("Invoice has no field '" + name + "'");
            }
        }
        for (String name : REQUIRED) {
            if (fields.getOrDefault(name, "").isBlank()) {
                throw RefusedRequestException.badRequest("Invoice needs '" + name + "'");
            }
        }
        if (form.files().size() != 1 || !form.files().containsKey("file")) {
            throw RefusedRequestException.badRequest("Invoice needs exactly one file, in the part named 'file'");
        }
        amount(fields, "totalAmount");
        amount(fields, "taxAmount");
        dateTime(fields, "paidAt");
        dateTime(fields, "documentDate");
        ObjectNode invoice = json.object();
        fields.forEach(invoice::put);
        if (fields.containsKey("items")) {
            invoice.set("items", items(fields.get("items")));
        }
        MultipartFiles.Part file = form.files().get("file");
        invoice.put("fileName", file.fileName()).put("fileContentType", file.contentType())
                .put("fileSize", file.content().length);
        DocumentStore invoices = request.account().invoiceStore();
        synchronized (invoices) {
            if (invoices.contains(fields.get("id"))) {
                throw RefusedRequestException.conflict("Invoice '" + fields.get("id") + "' was already submitted");
            }
            invoices.put(invoice);
        }
        return json.response(202, json.object());
    }

    private JsonNode items(String text) {
        JsonNode items = json.parseRequest(text.getBytes(StandardCharsets.UTF_8), "Invoice 'items'");
        if (!items.isArray()) {
            throw RefusedRequestException.badRequest("Invoice 'items' must be a JSON array of INewInvoiceItem objects");
        }
        for (JsonNode item : items) {
            if (!(item instanceof ObjectNode object)) {
                throw RefusedRequestException.badRequest("Each invoice item must be an object");
            }
            BodyCheck check = BodyCheck.of(object, "Invoice item", ITEM_FIELDS);
            ITEM_FIELDS.forEach(check::requiredText);
        }
        return items;
    }

    private static void amount(Map<String, String> fields, String name) {
        try {
            new BigDecimal(fields.get(name));
        } catch (NumberFormatException e) {
            throw RefusedRequestException.badRequest("Invoice '" + name + "' must be a number, was '" + fields.get(name) + "'");
        }
    }

    private static void dateTime(Map<String, String> fields, String name) {
        try {
            Instant.parse(fields.get(name));
        } catch (DateTimeParseException e) {
            throw RefusedRequestException.badRequest("Invoice '" + name + "' must be an ISO date-time, was '" + fields.get(name) + "'");
        }
    }
}
