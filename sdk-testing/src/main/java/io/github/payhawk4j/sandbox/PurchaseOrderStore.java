package io.github.payhawk4j.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The purchase orders of one account with their line items and goods received notes, kept consistent the way
 * Payhawk keeps them: item totals are quantity times unit price, the order's {@code purchasedAmount} their sum,
 * and received quantities and their statuses follow the notes. Only a draft (or returned) order can be opened,
 * goods are received only against an open order, and a closed or rejected order no longer changes: each of
 * those is a 409. Thread-safe: every method runs under the store's lock; documents handed out are copies.
 */
final class PurchaseOrderStore {

    private static final Set<String> OPENABLE = Set.of("draft", "returned");
    private static final Set<String> FINAL = Set.of("closed", "rejected");

    private final JsonCodec json;
    private final IdSequence ids;
    private final SandboxTime time;
    private final DocumentStore orders = new DocumentStore("Purchase order");
    private final Map<String, DocumentStore> notesByOrder = new HashMap<>();

    PurchaseOrderStore(JsonCodec json, IdSequence ids, SandboxTime time) {
        this.json = json;
        this.ids = ids;
        this.time = time;
    }

    synchronized List<ObjectNode> all() {
        return orders.all();
    }

    synchronized Optional<ObjectNode> find(String purchaseOrderId) {
        return orders.find(purchaseOrderId);
    }

    /** Seeds an order as given. */
    synchronized void put(ObjectNode purchaseOrder) {
        orders.put(purchaseOrder);
    }

    /** Applies {@code change} to the order, whatever its status (the seeding API moves orders freely). */
    synchronized ObjectNode update(String purchaseOrderId, Consumer<ObjectNode> change) {
        return orders.update(purchaseOrderId, change);
    }

    /**
     * {@code POST /purchase-orders}: a draft with a new id, its number (given or generated; a number in use is a
     * conflict), the creator, the supplier document if any, and the items with their ids and totals.
     */
    synchronized ObjectNode create(String note, String createdById, ObjectNode supplier, String purchaseOrderNumber,
                                   List<ObjectNode> items, String currency) {
        String purchaseOrderId = ids.next("po_");
        String number = purchaseOrderNumber != null ? purchaseOrderNumber : "PO-" + purchaseOrderId.substring(3);
        orders.all().stream().filter(other -> number.equals(other.path("purchaseOrderNumber").asText())).findFirst()
                .ifPresent(other -> {
                    throw RefusedRequestException.conflict("Purchase order '" + other.get("id").asText()
                            + "' already has number '" + number + "'");
                });
        ObjectNode order = json.object()
                .put("id", purchaseOrderId)
                .put("purchaseOrderNumber", number)
                .put("createdAt", time.nowText())
                .put("title", note.isBlank() ? number : note)
                .put("note", note)
                .put("status", "draft")
                .put("currency", currency)
                .put("type", "normal")
                .put("invoicedAmount", BigDecimal.ZERO.setScale(2))
                .put("invoicedAmountStatus", "none")
                .put("receivedQuantityStatus", "none");
        order.set("createdBy", json.object().put("id", createdById));
        if (supplier != null) {
            order.set("supplier", supplier);
        }
        ArrayNode itemArray = order.putArray("items");
        items.forEach(item -> itemArray.add(newItem(item)));
        recomputeAmount(order);
        orders.put(order);
        return orders.find(purchaseOrderId).orElseThrow();
    }

    /** {@code PATCH /purchase-orders/{id}}: note, supplier, currency. */
    synchronized ObjectNode patch(String purchaseOrderId, ObjectNode changes) {
        refuseFinal(purchaseOrderId);
        return orders.update(purchaseOrderId, order -> order.setAll(changes));
    }

    /** {@code POST /purchase-orders/{id}/open}: a draft or returned order with items becomes open. */
    synchronized void open(String purchaseOrderId) {
        ObjectNode order = existing(purchaseOrderId);
        String status = order.path("status").asText();
        if (!OPENABLE.contains(status)) {
            throw RefusedRequestException.conflict("Purchase order '" + purchaseOrderId + "' is " + status
                    + "; only a draft or returned purchase order can be opened");
        }
        if (order.path("items").isEmpty()) {
            throw RefusedRequestException.badRequest("Purchase order '" + purchaseOrderId + "' has no items; add one before opening it");
        }
        orders.update(purchaseOrderId, stored -> stored.put("status", "open"));
    }

    synchronized List<ObjectNode> items(String purchaseOrderId) {
        List<ObjectNode> items = new ArrayList<>();
        existing(purchaseOrderId).path("items").forEach(item -> items.add(((ObjectNode) item).deepCopy()));
        return items;
    }

    synchronized ObjectNode item(String purchaseOrderId, String itemId) {
        return items(purchaseOrderId).stream().filter(item -> itemId.equals(item.path("id").asText())).findFirst()
                .orElseThrow(() -> RefusedRequestException.notFound("Purchase order '" + purchaseOrderId + "' has no item '" + itemId + "'"));
    }

    /** {@code POST /purchase-orders/{id}/items}: the validated item gets an id and its total. */
    synchronized ObjectNode addItem(String purchaseOrderId, ObjectNode item) {
        refuseFinal(purchaseOrderId);
        ObjectNode added = newItem(item);
        orders.update(purchaseOrderId, order -> {
            itemsOf(order).add(added);
            recomputeAmount(order);
        });
        return item(purchaseOrderId, added.get("id").asText());
    }

    /** {@code PATCH .../items/{itemId}}: the fields of {@code changes}; the totals follow. */
    synchronized ObjectNode updateItem(String purchaseOrderId, String itemId, ObjectNode changes) {
        refuseFinal(purchaseOrderId);
        item(purchaseOrderId, itemId);
        orders.update(purchaseOrderId, order -> {
            for (JsonNode item : itemsOf(order)) {
                if (itemId.equals(item.path("id").asText())) {
                    ((ObjectNode) item).setAll(changes);
                    ((ObjectNode) item).put("totalPurchasedAmount", total((ObjectNode) item));
                }
            }
            recomputeAmount(order);
            recomputeReceived(order, notes(purchaseOrderId));
        });
        return item(purchaseOrderId, itemId);
    }

    /** {@code DELETE .../items/{itemId}}: refused while goods received notes count the item. */
    synchronized void deleteItem(String purchaseOrderId, String itemId) {
        refuseFinal(purchaseOrderId);
        item(purchaseOrderId, itemId);
        boolean received = notes(purchaseOrderId).stream().anyMatch(note -> countsItem(note, itemId));
        if (received) {
            throw RefusedRequestException.conflict("Item '" + itemId + "' has goods received; delete its goods received notes first");
        }
        orders.update(purchaseOrderId, order -> {
            ArrayNode items = itemsOf(order);
            for (int i = 0; i < items.size(); i++) {
                if (itemId.equals(items.get(i).path("id").asText())) {
                    items.remove(i);
                    break;
                }
            }
            recomputeAmount(order);
        });
    }

    synchronized List<ObjectNode> notes(String purchaseOrderId) {
        existing(purchaseOrderId);
        return notesOf(purchaseOrderId).all();
    }

    /**
     * {@code POST .../goods-received-notes}: only against an open order, and only for its items; the note gets an
     * id and its time, and the received quantities of the items and the order follow.
     */
    synchronized ObjectNode createNote(String purchaseOrderId, ObjectNode note) {
        ObjectNode order = existing(purchaseOrderId);
        if (!"open".equals(order.path("status").asText())) {
            throw RefusedRequestException.conflict("Purchase order '" + purchaseOrderId + "' is " + order.path("status").asText()
                    + "; goods can be received only against an open purchase order");
        }
        for (JsonNode quantity : note.path("quantities")) {
            item(purchaseOrderId, quantity.path("purchaseOrderItemId").asText());
        }
        String noteId = ids.next("grn_");
        ObjectNode stored = note.deepCopy().put("id", noteId).put("createdAt", time.nowText());
        notesOf(purchaseOrderId).put(stored);
        orders.update(purchaseOrderId, changed -> recomputeReceived(changed, notesOf(purchaseOrderId).all()));
        return notesOf(purchaseOrderId).find(noteId).orElseThrow();
    }

    synchronized void deleteNote(String purchaseOrderId, String noteId) {
        existingNote(purchaseOrderId, noteId);
        notesOf(purchaseOrderId).remove(noteId);
        orders.update(purchaseOrderId, changed -> recomputeReceived(changed, notesOf(purchaseOrderId).all()));
    }

    /** {@code POST .../goods-received-notes/{id}/files}: the files are listed in the note's document. */
    synchronized void attachNoteFiles(String purchaseOrderId, String noteId, List<ObjectNode> files) {
        existingNote(purchaseOrderId, noteId);
        notesOf(purchaseOrderId).update(noteId, note -> {
            ObjectNode document = note.get("document") instanceof ObjectNode existing ? existing : note.putObject("document");
            ArrayNode attached = document.get("files") instanceof ArrayNode array ? array : document.putArray("files");
            files.forEach(attached::add);
        });
    }

    private ObjectNode existing(String purchaseOrderId) {
        return orders.find(purchaseOrderId)
                .orElseThrow(() -> new NoSuchElementException("Purchase order '" + purchaseOrderId + "' not found"));
    }

    private void existingNote(String purchaseOrderId, String noteId) {
        existing(purchaseOrderId);
        if (!notesOf(purchaseOrderId).contains(noteId)) {
            throw RefusedRequestException.notFound("Purchase order '" + purchaseOrderId + "' has no goods received note '" + noteId + "'");
        }
    }

    private void refuseFinal(String purchaseOrderId) {
        String status = existing(purchaseOrderId).path("status").asText();
        if (FINAL.contains(status)) {
            throw RefusedRequestException.conflict("Purchase order '" + purchaseOrderId + "' is " + status + " and can no longer change");
        }
    }

    private DocumentStore notesOf(String purchaseOrderId) {
        return notesByOrder.computeIfAbsent(purchaseOrderId, any -> new DocumentStore("Goods received note"));
    }

    private ObjectNode newItem(ObjectNode item) {
        ObjectNode added = item.deepCopy()
                .put("id", ids.next("poi_"))
                .put("createdAt", time.nowText())
                .put("quantityStatus", "none")
                .put("receivedQuantity", BigDecimal.ZERO)
                .put("type", "normal");
        return added.put("totalPurchasedAmount", total(added));
    }

    private static ArrayNode itemsOf(ObjectNode order) {
        return order.get("items") instanceof ArrayNode items ? items : order.putArray("items");
    }

    private static BigDecimal total(ObjectNode item) {
        return item.path("purchasedQuantity").decimalValue().multiply(item.path("unitPrice").decimalValue())
                .setScale(2, RoundingMode.HALF_EVEN);
    }

    private static void recomputeAmount(ObjectNode order) {
        BigDecimal sum = BigDecimal.ZERO.setScale(2);
        for (JsonNode item : order.path("items")) {
            sum = sum.add(item.path("totalPurchasedAmount").decimalValue());
        }
        order.put("purchasedAmount", sum);
    }

    /** Each item's received quantity is the sum over the notes; its status compares it to the purchased quantity. */
    private static void recomputeReceived(ObjectNode order, List<ObjectNode> notes) {
        Set<String> statuses = new HashSet<>();
        for (JsonNode node : order.path("items")) {
            ObjectNode item = (ObjectNode) node;
            String itemId = item.path("id").asText();
            BigDecimal received = BigDecimal.ZERO;
            for (ObjectNode note : notes) {
                for (JsonNode quantity : note.path("quantities")) {
                    if (itemId.equals(quantity.path("purchaseOrderItemId").asText())) {
                        received = received.add(quantity.path("quantity").decimalValue());
                    }
                }
            }
            int comparison = received.compareTo(item.path("purchasedQuantity").decimalValue());
            String status = received.signum() == 0 ? "none" : comparison < 0 ? "partial" : comparison == 0 ? "full" : "discrepancy";
            item.put("receivedQuantity", received).put("quantityStatus", status);
            statuses.add(status);
        }
        String orderStatus = statuses.contains("discrepancy") ? "discrepancy"
                : statuses.isEmpty() || statuses.equals(Set.of("none")) ? "none"
                : statuses.equals(Set.of("full")) ? "full" : "partial";
        order.put("receivedQuantityStatus", orderStatus);
    }

    private static boolean countsItem(ObjectNode note, String itemId) {
        for (JsonNode quantity : note.path("quantities")) {
            if (itemId.equals(quantity.path("purchaseOrderItemId").asText())) {
                return true;
            }
        }
        return false;
    }
}
