package io.github.payhawk4j.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * {@code /api/v3/accounts/{accountId}/cards}: list ({@code $filter} on userId and status, paged), issue (201; 400
 * for a bad body, an unknown cardholder or fund account), get, update the budget left (400 when negative) and
 * change the status (204; 409 once a card is closed, as a closed card cannot come back).
 */
final class CardEndpoints {

    private static final String CARDS = "/api/v3/accounts/{accountId}/cards";
    private static final Set<String> NEW_CARD_FIELDS = Set.of("userId", "fundAccountId", "limit", "isPhysical", "isAtmAllowed",
            "name", "deliveryAddress");
    private static final Set<String> ADDRESS_FIELDS = Set.of("address", "address2", "country", "city", "state", "postalCode");
    /** The requested status and the status the card then has. */
    private static final Map<String, String> STATUS_CHANGES = Map.of(
            "active", "active", "blocked", "blocked_by_admin", "closed", "closed");

    private final JsonCodec json;
    private final IdSequence ids;
    private final SandboxTime time;

    CardEndpoints(JsonCodec json, IdSequence ids, SandboxTime time) {
        this.json = json;
        this.ids = ids;
        this.time = time;
    }

    void register(Router router) {
        router.add("GET", CARDS, this::list)
                .add("POST", CARDS, this::issue)
                .add("GET", CARDS + "/{cardId}", this::get)
                .add("PATCH", CARDS + "/{cardId}", this::update)
                .add("POST", CARDS + "/{cardId}/status", this::changeStatus);
    }

    private SandboxResponse list(SandboxRequest request) {
        Predicate<JsonNode> filter = json.queryJson(request, "$filter").map(DocumentFilter::compile).orElse(card -> true);
        PageRequest page = PageRequest.of(request);
        List<ObjectNode> matching = request.account().cardStore().all().stream().filter(filter).toList();
        return json.response(200, json.listDocument(page.slice(matching), matching.size()));
    }

    private SandboxResponse issue(SandboxRequest request) {
        ObjectNode body = json.requestObject(request);
        BodyCheck.of(body, "Card", NEW_CARD_FIELDS).requiredText("userId").requiredText("fundAccountId")
                .required("limit").number("limit").required("isPhysical").bool("isPhysical")
                .required("isAtmAllowed").bool("isAtmAllowed").text("name");
        if (body.get("limit").decimalValue().signum() < 0) {
            throw RefusedRequestException.badRequest("Card 'limit' must be 0 or more");
        }
        if (body.has("deliveryAddress")) {
            if (!(body.get("deliveryAddress") instanceof ObjectNode address)) {
                throw RefusedRequestException.badRequest("Card 'deliveryAddress' must be an object");
            }
            BodyCheck.of(address, "Delivery address", ADDRESS_FIELDS).requiredText("address").requiredText("country")
                    .requiredText("city").requiredText("postalCode").text("address2").text("state");
        }
        SandboxAccount account = request.account();
        String userId = body.get("userId").asText();
        ObjectNode holder = account.userStore().find(userId)
                .orElseThrow(() -> RefusedRequestException.badRequest("No user '" + userId + "' in the account"));
        String fundAccountId = body.get("fundAccountId").asText();
        ObjectNode fundAccount = account.fundAccountStore().find(fundAccountId)
                .orElseThrow(() -> RefusedRequestException.badRequest("No fund account '" + fundAccountId + "' in the account"));
        boolean physical = body.get("isPhysical").asBoolean();
        BigDecimal limit = body.get("limit").decimalValue();
        ObjectNode card = body.deepCopy()
                .put("id", ids.next("card_"))
                .put("createdAt", time.nowText())
                .put("currency", fundAccount.path("currency").asText())
                .put("status", physical ? "issuing" : "active")
                .put("budgetLeft", limit)
                .put("spentAmount", BigDecimal.ZERO.setScale(limit.scale()))
                .put("approvedFunds", limit);
        if (physical) {
            card.put("embossName", (holder.path("firstName").asText("") + " " + holder.path("lastName").asText("")).trim());
        }
        account.cardStore().put(card);
        return json.response(201, card);
    }

    private SandboxResponse get(SandboxRequest request) {
        return json.response(200, existingCard(request));
    }

    private SandboxResponse update(SandboxRequest request) {
        String cardId = existingCard(request).path("id").asText();
        ObjectNode body = json.requestObject(request);
        BodyCheck.of(body, "Card patch", Set.of("budgetLeft")).number("budgetLeft");
        if (body.has("budgetLeft") && body.get("budgetLeft").decimalValue().signum() < 0) {
            throw RefusedRequestException.badRequest("Card 'budgetLeft' must be 0 or more");
        }
        ObjectNode updated = request.account().cardStore().update(cardId, card -> card.setAll(body));
        return json.response(200, updated);
    }

    private SandboxResponse changeStatus(SandboxRequest request) {
        String cardId = existingCard(request).path("id").asText();
        ObjectNode body = json.requestObject(request);
        BodyCheck.of(body, "Card status", Set.of("status")).required("status").oneOf("status", STATUS_CHANGES.keySet());
        String next = STATUS_CHANGES.get(body.get("status").asText());
        request.account().cardStore().update(cardId, card -> {
            if (card.path("status").asText().startsWith("closed")) {
                throw RefusedRequestException.conflict("Card '" + cardId + "' is closed");
            }
            card.put("status", next);
        });
        return SandboxResponse.noContent();
    }

    private static ObjectNode existingCard(SandboxRequest request) {
        String cardId = request.pathVariable("cardId");
        return request.account().cardStore().find(cardId)
                .orElseThrow(() -> RefusedRequestException.notFound("Card '" + cardId + "' not found"));
    }
}
