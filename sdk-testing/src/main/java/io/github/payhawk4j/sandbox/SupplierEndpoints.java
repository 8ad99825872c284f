package io.github.payhawk4j.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * {@code /api/v3/accounts/{accountId}/suppliers...}: list (optional {@code $filter}, e.g.
 * {@code {"status":{"$equal":"active"}}}, and paging), get, create (201, {@code supplier.created}), patch and
 * status patch ({@code supplier.updated}), the supplier custom fields and file uploads for file custom fields.
 * Bodies are validated as Payhawk's schemas say: unknown fields, a missing name, a bank account without
 * payment scheme, currency or account holder, an unknown custom field, value or file are a 400; a second
 * supplier with the same {@code externalId} is a 409.
 */
final class SupplierEndpoints {

    private static final String SUPPLIERS = "/api/v3/accounts/{accountId}/suppliers";
    private static final String SUPPLIER = SUPPLIERS + "/{supplierId}";
    private static final Set<String> NEW_SUPPLIER_FIELDS = Set.of("name", "taxId", "countryCode", "externalId", "customFields",
            "address", "uic", "vat", "contactName", "contactEmail", "contactPhone", "bankAccounts");
    private static final Set<String> PATCH_FIELDS = Set.of("name", "taxId", "countryCode", "externalId", "customFields",
            "address", "uic", "vat", "contactName", "contactEmail", "contactPhone", "bankAccounts", "externalSource", "auditNote");
    private static final Set<String> BANK_ACCOUNT_FIELDS = Set.of("paymentScheme", "currency", "accountHolder", "iban", "bicSwift",
            "accountNumber", "routingNumber", "accountType", "country", "city", "postalCode", "address");
    private static final Set<String> PAYMENT_SCHEMES = Set.of("sepa", "bisera", "faster_payments", "ach", "wise", "none");
    private static final Set<String> CUSTOM_FIELD_DATA_FIELDS = Set.of("externalId", "fieldId", "externalSource", "valueId",
            "valueExternalId", "value", "fileId", "fileName");
    private static final Set<String> STATUSES = Set.of("active", "archived");

    private final JsonCodec json;

    SupplierEndpoints(JsonCodec json) {
        this.json = json;
    }

    void register(Router router) {
        router.add("GET", SUPPLIERS, this::list)
                .add("POST", SUPPLIERS, this::create)
                .add("POST", SUPPLIERS + "/upload-file", this::uploadFile)
                .add("GET", SUPPLIER, this::get)
                .add("PATCH", SUPPLIER, this::patch)
                .add("PATCH", SUPPLIER + "/status", this::patchStatus)
                .add("GET", "/api/v3/accounts/{accountId}/suppliers-custom-fields", this::customFields);
    }

    private SandboxResponse list(SandboxRequest request) {
        Predicate<JsonNode> filter = json.queryJson(request, "$filter").map(DocumentFilter::compile)
                .orElse(supplier -> true);
        PageRequest page = PageRequest.of(request);
        List<ObjectNode> matching = request.account().supplierStore().all().stream().filter(filter).toList();
        return json.response(200, json.listDocument(page.slice(matching), matching.size()));
    }

    private SandboxResponse get(SandboxRequest request) {
        return json.response(200, existingSupplier(request));
    }

    private SandboxResponse create(SandboxRequest request) {
        RequestObject body = RequestObject.of("A new supplier", json.requestObject(request)).allowOnly(NEW_SUPPLIER_FIELDS);
        body.requiredText("name");
        ObjectNode supplier = validatedSupplierFields(request.account(), body);
        return json.response(201, request.account().createSupplier(supplier));
    }

    private SandboxResponse patch(SandboxRequest request) {
        String supplierId = existingSupplier(request).get("id").asText();
        RequestObject body = RequestObject.of("A supplier patch", json.requestObject(request)).allowOnly(PATCH_FIELDS);
        if (body.object().has("name")) {
            body.requiredText("name");
        }
        body.optionalText("externalSource");
        body.optionalText("auditNote");
        ObjectNode changes = validatedSupplierFields(request.account(), body);
        changes.remove("auditNote");
        return json.response(200, request.account().updateSupplier(supplierId, changes));
    }

    private SandboxResponse patchStatus(SandboxRequest request) {
        String supplierId = existingSupplier(request).get("id").asText();
        RequestObject body = RequestObject.of("A supplier status patch", json.requestObject(request)).allowOnly(Set.of("status"));
        String status = body.requiredText("status");
        if (!STATUSES.contains(status)) {
            throw RefusedRequestException.badRequest("'status' must be active or archived, was '" + status + "'");
        }
        return json.response(200, request.account().updateSupplier(supplierId, json.object().put("status", status)));
    }

    private SandboxResponse customFields(SandboxRequest request) {
        ArrayNode fields = json.array();
        request.account().supplierCustomFieldStore().all().forEach(fields::add);
        return json.response(200, fields);
    }

    private SandboxResponse uploadFile(SandboxRequest request) {
        List<MultipartFiles.Part> parts = MultipartFiles.parse(request.header("Content-Type").orElse(null), request.body());
        if (parts.size() != 1) {
            throw RefusedRequestException.badRequest("Upload one file per request, got " + parts.size());
        }
        return json.response(200, json.textNode(request.account().storeSupplierFile(parts.get(0))));
    }

    /** The fields of {@code body} checked against the schema; custom fields resolved as Payhawk shows them. */
    private ObjectNode validatedSupplierFields(SandboxAccount account, RequestObject body) {
        ObjectNode supplier = body.object().deepCopy();
        for (String text : List.of("taxId", "countryCode", "externalId", "address", "uic", "vat", "contactName", "contactEmail",
                "contactPhone")) {
            body.optionalText(text);
        }
        body.optionalArray("bankAccounts").ifPresent(accounts -> {
            if (accounts.size() > 1) {
                throw RefusedRequestException.badRequest("Payhawk keeps one bank account per supplier; got " + accounts.size());
            }
            accounts.forEach(sent -> validateBankAccount(RequestObject.of("bankAccounts[0]", sent)));
        });
        body.optionalArray("customFields").ifPresent(data -> {
            ArrayNode resolved = json.array();
            for (int i = 0; i < data.size(); i++) {
                resolved.add(resolveCustomField(account, RequestObject.of("customFields[" + i + "]", data.get(i))));
            }
            supplier.set("customFields", resolved);
        });
        return supplier;
    }

    private static void validateBankAccount(RequestObject bankAccount) {
        bankAccount.allowOnly(BANK_ACCOUNT_FIELDS);
        String scheme = bankAccount.requiredText("paymentScheme");
        if (!PAYMENT_SCHEMES.contains(scheme)) {
            throw RefusedRequestException.badRequest("'paymentScheme' must be one of " + PAYMENT_SCHEMES.stream().sorted().toList()
                    + ", was '" + scheme + "'");
        }
        bankAccount.requiredText("currency");
        bankAccount.requiredText("accountHolder");
        BANK_ACCOUNT_FIELDS.forEach(bankAccount::optionalText);
    }

    /** A custom field value as sent ({@code INewSupplierCustomFieldData}) to what the supplier shows. */
    private ObjectNode resolveCustomField(SandboxAccount account, RequestObject data) {
        data.allowOnly(CUSTOM_FIELD_DATA_FIELDS);
        CUSTOM_FIELD_DATA_FIELDS.forEach(data::optionalText);
        Optional<String> fieldId = data.optionalText("fieldId");
        Optional<String> externalId = data.optionalText("externalId");
        ObjectNode field = account.supplierCustomFieldStore().all().stream()
                .filter(known -> fieldId.map(id -> id.equals(known.path("id").asText()))
                        .orElseGet(() -> externalId.map(id -> id.equals(known.path("externalId").asText())).orElse(false)))
                .findFirst()
                .orElseThrow(() -> RefusedRequestException.badRequest(data.what() + " names no supplier custom field of this account: "
                        + data.object()));
        ObjectNode shown = json.object()
                .put("id", field.get("id").asText())
                .put("fieldId", field.get("id").asText())
                .put("label", field.path("label").asText());
        if (field.hasNonNull("externalId")) {
            shown.put("externalId", field.get("externalId").asText());
        }
        if (field.hasNonNull("externalSource")) {
            shown.put("externalSource", field.get("externalSource").asText());
        }
        switch (field.path("type").asText()) {
            case "fixed_list" -> {
                Optional<String> valueId = data.optionalText("valueId");
                Optional<String> valueExternalId = data.optionalText("valueExternalId");
                JsonNode value = null;
                for (JsonNode candidate : field.path("values")) {
                    if (valueId.map(id -> id.equals(candidate.path("id").asText()))
                            .orElseGet(() -> valueExternalId.map(id -> id.equals(candidate.path("externalId").asText())).orElse(false))) {
                        value = candidate;
                    }
                }
                if (value == null) {
                    throw RefusedRequestException.badRequest(data.what() + " selects no value of the list '"
                            + field.path("label").asText() + "': " + data.object());
                }
                shown.put("valueId", value.get("id").asText());
                if (value.hasNonNull("externalId")) {
                    shown.put("valueExternalId", value.get("externalId").asText());
                }
            }
            case "file_upload" -> {
                String fileId = data.requiredText("fileId");
                if (!account.hasSupplierFile(fileId)) {
                    throw RefusedRequestException.badRequest(data.what() + " names file '" + fileId
                            + "', which was not uploaded through /suppliers/upload-file");
                }
                shown.put("fileId", fileId);
                data.optionalText("fileName").ifPresent(name -> shown.put("fileName", name));
            }
            default -> shown.put("value", data.requiredText("value"));
        }
        return shown;
    }

    private ObjectNode existingSupplier(SandboxRequest request) {
        String supplierId = request.pathVariable("supplierId");
        return request.account().supplierStore().find(supplierId)
                .orElseThrow(() -> RefusedRequestException.notFound("Supplier '" + supplierId + "' not found"));
    }
}
