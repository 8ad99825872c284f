package io.github.payhawk4j.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * {@code /api/v3/accounts/{accountId}/purchase-orders...}: list ({@code $filter} on status and number, paging),
 * get, create (201), patch, open ({@code purchase-order.status.changed}), line items (list, add, get, patch,
 * delete) and goods received notes (list, create, delete, file upload). Bodies are validated as Payhawk's
 * schemas say (unknown fields, required fields, numbers, units, at most 100 items, known supplier and items:
 * 400); state rules are {@link PurchaseOrderStore}'s (409).
 */
final class PurchaseOrderEndpoints {

    private static final String PURCHASE_ORDERS = "/api/v3/accounts/{accountId}/purchase-orders";
    private static final String PURCHASE_ORDER = PURCHASE_ORDERS + "/{purchaseOrderId}";
    private static final String ITEMS = PURCHASE_ORDER + "/items";
    private static final String NOTES = PURCHASE_ORDER + "/goods-received-notes";
    private static final int MAX_ITEMS = 100;
    private static final Set<String> NEW_ORDER_FIELDS = Set.of("note", "createdBy", "supplier", "purchaseOrderNumber", "items");
    private static final Set<String> PATCH_FIELDS = Set.of("note", "supplier", "currency");
    private static final Set<String> ITEM_FIELDS = Set.of("units", "expenseCategory", "expenseCustomFields", "amortization",
            "description", "purchasedQuantity", "unitPrice");
    private static final Set<String> UNITS = Set.of("pieces", "hours");
    private static final Set<String> NOTE_FIELDS = Set.of("note", "quantities", "document");

    private final JsonCodec json;

    PurchaseOrderEndpoints(JsonCodec json) {
        this.json = json;
    }

    void register(Router router) {
        router.add("GET", PURCHASE_ORDERS, this::list)
                .add("POST", PURCHASE_ORDERS, this::create)
                .add("GET", PURCHASE_ORDER, this::get)
                .add("PATCH", PURCHASE_ORDER, this::patch)
                .add("POST", PURCHASE_ORDER + "/open", this::open)
                .add("GET", ITEMS, this::items)
                .add("POST", ITEMS, this::addItem)
                .add("GET", ITEMS + "/{purchaseOrderItemId}", this::item)
                .add("PATCH", ITEMS + "/{purchaseOrderItemId}", this::patchItem)
                .add("DELETE", ITEMS + "/{purchaseOrderItemId}", this::deleteItem)
                .add("GET", NOTES, this::notes)
                .add("POST", NOTES, this::createNote)
                .add("DELETE", NOTES + "/{goodsReceivedNoteId}", this::deleteNote)
                .add("POST", NOTES + "/{goodsReceivedNoteId}/files", this::attachNoteFiles);
    }

    private SandboxResponse list(SandboxRequest request) {
        Predicate<JsonNode> filter = json.queryJson(request, "$filter").map(DocumentFilter::compile)
                .orElse(order -> true);
        PageRequest page = PageRequest.of(request);
        List<ObjectNode> matching = request.account().purchaseOrderStore().all().stream().filter(filter).toList();
        return json.response(200, json.listDocument(page.slice(matching), matching.size()));
    }

    private SandboxResponse get(SandboxRequest request) {
        String purchaseOrderId = request.pathVariable("purchaseOrderId");
        ObjectNode purchaseOrder = request.account().purchaseOrderStore().find(purchaseOrderId)
                .orElseThrow(() -> RefusedRequestException.notFound("Purchase order '" + purchaseOrderId + "' not found"));
        return json.response(200, purchaseOrder);
    }

    private SandboxResponse create(SandboxRequest request) {
        RequestObject body = RequestObject.of("A new purchase order", json.requestObject(request)).allowOnly(NEW_ORDER_FIELDS);
        String note = body.optionalText("note")
                .orElseThrow(() -> RefusedRequestException.badRequest("'note' is required: A new purchase order needs it as a string"));
        String createdBy = body.optionalReferenceId("createdBy")
                .orElseThrow(() -> RefusedRequestException.badRequest("'createdBy' is required: the {\"id\"} of the user creating it"));
        ObjectNode supplier = body.optionalReferenceId("supplier").map(id -> knownSupplier(request.account(), id)).orElse(null);
        String number = body.optionalText("purchaseOrderNumber").orElse(null);
        ArrayNode sentItems = body.optionalArray("items").orElse(json.array());
        if (sentItems.size() > MAX_ITEMS) {
            throw RefusedRequestException.badRequest("A purchase order takes at most " + MAX_ITEMS + " items, got " + sentItems.size());
        }
        List<ObjectNode> items = new ArrayList<>();
        for (int i = 0; i < sentItems.size(); i++) {
            items.add(validatedItem(RequestObject.of("items[" + i + "]", sentItems.get(i)), true));
        }
        ObjectNode created = request.account().purchaseOrderStore()
                .create(note, createdBy, supplier, number, items, request.account().baseCurrency());
        return json.response(201, created);
    }

    private SandboxResponse patch(SandboxRequest request) {
        RequestObject body = RequestObject.of("A purchase order patch", json.requestObject(request)).allowOnly(PATCH_FIELDS);
        ObjectNode changes = json.object();
        body.optionalText("note").ifPresent(note -> changes.put("note", note));
        body.optionalText("currency").ifPresent(currency -> {
            if (!currency.matches("[A-Z]{3}")) {
                throw RefusedRequestException.badRequest("'currency' must be an ISO 4217 code such as EUR, was '" + currency + "'");
            }
            changes.put("currency", currency);
        });
        body.optionalReferenceId("supplier").ifPresent(id -> changes.set("supplier", knownSupplier(request.account(), id)));
        return json.response(200, request.account().purchaseOrderStore().patch(purchaseOrderId(request), changes));
    }

    private SandboxResponse open(SandboxRequest request) {
        request.account().openPurchaseOrder(purchaseOrderId(request));
        return SandboxResponse.noContent();
    }

    private SandboxResponse items(SandboxRequest request) {
        List<ObjectNode> items = request.account().purchaseOrderStore().items(purchaseOrderId(request));
        return json.response(200, json.listDocument(items, items.size()));
    }

    private SandboxResponse addItem(SandboxRequest request) {
        ObjectNode item = validatedItem(RequestObject.of("A new purchase order item", json.requestObject(request)), true);
        return json.response(201, request.account().purchaseOrderStore().addItem(purchaseOrderId(request), item));
    }

    private SandboxResponse item(SandboxRequest request) {
        return json.response(200, request.account().purchaseOrderStore()
                .item(purchaseOrderId(request), request.pathVariable("purchaseOrderItemId")));
    }

    private SandboxResponse patchItem(SandboxRequest request) {
        ObjectNode changes = validatedItem(RequestObject.of("A purchase order item patch", json.requestObject(request)), false);
        return json.response(200, request.account().purchaseOrderStore()
                .updateItem(purchaseOrderId(request), request.pathVariable("purchaseOrderItemId"), changes));
    }

    private SandboxResponse deleteItem(SandboxRequest request) {
        request.account().purchaseOrderStore().deleteItem(purchaseOrderId(request), request.pathVariable("purchaseOrderItemId"));
        return SandboxResponse.noContent();
    }

    private SandboxResponse notes(SandboxRequest request) {
        List<ObjectNode> notes = request.account().purchaseOrderStore().notes(purchaseOrderId(request));
        return json.response(200, json.listDocument(notes, notes.size()));
    }

    private SandboxResponse createNote(SandboxRequest request) {
        String purchaseOrderId = purchaseOrderId(request);
        RequestObject body = RequestObject.of("A new goods received note", json.requestObject(request)).allowOnly(NOTE_FIELDS);
        body.optionalText("note")
                .orElseThrow(() -> RefusedRequestException.badRequest("'note' is required: A new goods received note needs it as a string"));
        ArrayNode quantities = body.optionalArray("quantities")
                .orElseThrow(() -> RefusedRequestException.badRequest("'quantities' is required: the items and quantities received"));
        for (int i = 0; i < quantities.size(); i++) {
            RequestObject quantity = RequestObject.of("quantities[" + i + "]", quantities.get(i))
                    .allowOnly(Set.of("purchaseOrderItemId", "quantity"));
            quantity.requiredText("purchaseOrderItemId");
            if (quantity.requiredAmount("quantity").signum() == 0) {
                throw RefusedRequestException.badRequest("'quantity' of quantities[" + i + "] must be more than 0");
            }
        }
        if (body.object().has("document")) {
            RequestObject document = RequestObject.of("'document'", body.object().get("document"))
                    .allowOnly(Set.of("documentDate", "documentNumber", "files"));
            document.optionalText("documentDate");
            document.optionalText("documentNumber");
            document.optionalArray("files");
        }
        return json.response(201, request.account().purchaseOrderStore().createNote(purchaseOrderId, body.object()));
    }

    private SandboxResponse deleteNote(SandboxRequest request) {
        request.account().purchaseOrderStore().deleteNote(purchaseOrderId(request), request.pathVariable("goodsReceivedNoteId"));
        return SandboxResponse.noContent();
    }

    private SandboxResponse attachNoteFiles(SandboxRequest request) {
        String purchaseOrderId = purchaseOrderId(request);
        String noteId = request.pathVariable("goodsReceivedNoteId");
        List<MultipartFiles.Part> parts = MultipartFiles.parse(request.header("Content-Type").orElse(null), request.body());
        request.account().attachGoodsReceivedNoteFiles(purchaseOrderId, noteId, parts);
        return SandboxResponse.noContent();
    }

    /** An item as sent, checked; {@code complete} when the item is new and needs its required fields. */
    private ObjectNode validatedItem(RequestObject item, boolean complete) {
        item.allowOnly(ITEM_FIELDS);
        if (complete) {
            item.requiredText("description");
            item.requiredAmount("purchasedQuantity");
            item.requiredAmount("unitPrice");
        } else {
            item.optionalText("description");
            item.optionalAmount("purchasedQuantity");
            item.optionalAmount("unitPrice");
        }
        item.optionalText("units").ifPresent(units -> {
            if (!UNITS.contains(units)) {
                throw RefusedRequestException.badRequest("'units' of " + item.what() + " must be pieces or hours, was '" + units + "'");
            }
        });
        item.optionalReferenceId("expenseCategory");
        item.optionalArray("expenseCustomFields");
        if (item.object().has("amortization")) {
            RequestObject.of("'amortization' of " + item.what(), item.object().get("amortization"));
        }
        return item.object().deepCopy();
    }

    private static ObjectNode knownSupplier(SandboxAccount account, String supplierId) {
        return account.supplierStore().find(supplierId)
                .orElseThrow(() -> RefusedRequestException.badRequest("Supplier '" + supplierId + "' not found in this account"));
    }

    private static String purchaseOrderId(SandboxRequest request) {
        String purchaseOrderId = request.pathVariable("purchaseOrderId");
        if (request.account().purchaseOrderStore().find(purchaseOrderId).isEmpty()) {
            throw RefusedRequestException.notFound("Purchase order '" + purchaseOrderId + "' not found");
        }
        return purchaseOrderId;
    }
}
