package io.github.payhawk4j.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.payhawk4j.model.webhook.EventType;

import java.util.Iterator;
import java.util.List;

/**
 * {@code /api/v3/accounts/{accountId}/webhooks}: create (201; {@code eventType} one of the 13 known,
 * {@code callbackUrl} HTTPS or loopback HTTP), list, get and delete (204).
 */
final class WebhookSubscriptionEndpoints {

    private static final String WEBHOOKS = "/api/v3/accounts/{accountId}/webhooks";

    private final JsonCodec json;
    private final SubscriptionRegistry subscriptions;

    WebhookSubscriptionEndpoints(JsonCodec json, SubscriptionRegistry subscriptions) {
        this.json = json;
        this.subscriptions = subscriptions;
    }

    void register(Router router) {
        router.add("POST", WEBHOOKS, this::create)
                .add("GET", WEBHOOKS, this::list)
                .add("GET", WEBHOOKS + "/{subscriptionId}", this::get)
                .add("DELETE", WEBHOOKS + "/{subscriptionId}", this::delete);
    }

    private SandboxResponse create(SandboxRequest request) {
        ObjectNode body = json.requestObject(request);
        for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!name.equals("eventType") && !name.equals("callbackUrl")) {
                throw RefusedRequestException.badRequest("Unknown field '" + name + "'; a subscription has eventType and callbackUrl");
            }
        }
        JsonNode eventType = body.path("eventType");
        if (!eventType.isTextual() || !EventType.of(eventType.asText()).isKnown()) {
            throw RefusedRequestException.badRequest("eventType must be one of " + EventType.knownValues().stream()
                    .map(EventType::value).toList() + ", was " + eventType);
        }
        JsonNode callbackUrl = body.path("callbackUrl");
        if (!callbackUrl.isTextual()) {
            throw RefusedRequestException.badRequest("callbackUrl is required: the HTTPS URL deliveries are posted to");
        }
        CallbackUrlPolicy.check(callbackUrl.asText());
        ObjectNode created = subscriptions.create(request.account().id(), eventType.asText(), callbackUrl.asText());
        return json.response(201, created);
    }

    private SandboxResponse list(SandboxRequest request) {
        List<ObjectNode> all = subscriptions.list(request.account().id());
        return json.response(200, json.listDocument(all, all.size()));
    }

    private SandboxResponse get(SandboxRequest request) {
        String subscriptionId = request.pathVariable("subscriptionId");
        return json.response(200, subscriptions.find(request.account().id(), subscriptionId)
                .orElseThrow(() -> RefusedRequestException.notFound("Webhook subscription '" + subscriptionId + "' not found")));
    }

    private SandboxResponse delete(SandboxRequest request) {
        String subscriptionId = request.pathVariable("subscriptionId");
        if (!subscriptions.delete(request.account().id(), subscriptionId)) {
            throw RefusedRequestException.notFound("Webhook subscription '" + subscriptionId + "' not found");
        }
        return SandboxResponse.noContent();
    }
}
