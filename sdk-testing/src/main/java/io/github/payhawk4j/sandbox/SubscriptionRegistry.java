package io.github.payhawk4j.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The webhook subscriptions of all accounts ({@code IWebhookSubscription} documents) and how their
 * deliveries fare: after {@code deactivateAfter} deliveries in a row that failed every attempt, a
 * subscription becomes {@code deactivated_by_payhawk} and gets no more deliveries. Thread-safe.
 */
final class SubscriptionRegistry {

    static final String ACTIVE = "active";
    static final String DEACTIVATED_BY_PAYHAWK = "deactivated_by_payhawk";

    /** Where one event goes: an active subscription's id and callback URL. */
    record Target(String subscriptionId, String callbackUrl) {
    }

    private static final class Entry {
        final String accountId;
        final ObjectNode document;
        int consecutiveFailures;

        Entry(String accountId, ObjectNode document) {
            this.accountId = accountId;
            this.document = document;
        }
    }

    private final JsonCodec json;
    private final SandboxTime time;
    private final int deactivateAfter;
    private final Map<String, Entry> entries = new LinkedHashMap<>();

    SubscriptionRegistry(JsonCodec json, SandboxTime time, int deactivateAfter) {
        this.json = json;
        this.time = time;
        this.deactivateAfter = deactivateAfter;
    }

    /** Creates an active subscription and returns its document. */
    synchronized ObjectNode create(String accountId, String eventType, String callbackUrl) {
        ObjectNode document = json.object()
                .put("id", UUID.randomUUID().toString())
                .put("eventType", eventType)
                .put("callbackUrl", callbackUrl)
                .put("createdAt", time.nowText())
                .put("status", ACTIVE);
        entries.put(document.get("id").asText(), new Entry(accountId, document));
        return document.deepCopy();
    }

    /** The account's subscriptions, oldest first. */
    synchronized List<ObjectNode> list(String accountId) {
        List<ObjectNode> documents = new ArrayList<>();
        entries.values().stream()
                .filter(entry -> entry.accountId.equals(accountId))
                .forEach(entry -> documents.add(entry.document.deepCopy()));
        return documents;
    }

    synchronized Optional<ObjectNode> find(String accountId, String subscriptionId) {
        return Optional.ofNullable(entries.get(subscriptionId))
                .filter(entry -> entry.accountId.equals(accountId))
                .map(entry -> entry.document.deepCopy());
    }

    /** Deletes the subscription; whether the account had it. */
    synchronized boolean delete(String accountId, String subscriptionId) {
        Entry entry = entries.get(subscriptionId);
        if (entry == null || !entry.accountId.equals(accountId)) {
            return false;
        }
        entries.remove(subscriptionId);
        return true;
    }

    /** The active subscriptions of the account to this event type. */
    synchronized List<Target> activeFor(String accountId, String eventType) {
        return entries.values().stream()
                .filter(entry -> entry.accountId.equals(accountId))
                .filter(entry -> isActive(entry))
                .filter(entry -> entry.document.path("eventType").asText().equals(eventType))
                .map(entry -> new Target(entry.document.get("id").asText(), entry.document.get("callbackUrl").asText()))
                .toList();
    }

    /** Whether the subscription still exists and is active, i.e. still wants deliveries. */
    synchronized boolean isActive(String subscriptionId) {
        Entry entry = entries.get(subscriptionId);
        return entry != null && isActive(entry);
    }

    /** A delivery reached the subscriber: the failure streak ends. */
    synchronized void recordDelivered(String subscriptionId) {
        Entry entry = entries.get(subscriptionId);
        if (entry != null) {
            entry.consecutiveFailures = 0;
        }
    }

    /** A delivery failed every attempt; may deactivate the subscription. */
    synchronized void recordUndeliverable(String subscriptionId) {
        Entry entry = entries.get(subscriptionId);
        if (entry != null && isActive(entry)) {
            entry.consecutiveFailures++;
            if (entry.consecutiveFailures >= deactivateAfter) {
                entry.document.put("status", DEACTIVATED_BY_PAYHAWK);
            }
        }
    }

    private static boolean isActive(Entry entry) {
        return ACTIVE.equals(entry.document.path("status").asText());
    }
}
