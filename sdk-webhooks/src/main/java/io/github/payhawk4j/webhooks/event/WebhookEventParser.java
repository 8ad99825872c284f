package io.github.payhawk4j.webhooks.event;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.github.payhawk4j.json.PayhawkJson;
import io.github.payhawk4j.model.webhook.EventType;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Turns the JSON envelope of a delivery, {@code {"id", "accountId", "eventType", "payload"}}, into
 * its {@link WebhookEvent} record.
 *
 * <p>Strict about the envelope (it is what every delivery has), lenient about the payload (its
 * fields are partly inferred): ids are read when present as a string or an integer, missing ids
 * are {@code null}, extra fields are ignored, and an unknown {@code eventType} gives an
 * {@link UnknownEvent}. It does not verify anything: use it on bodies a
 * {@code WebhookVerifier} accepted, or in tests. Immutable and thread-safe; build one and share it.
 */
public final class WebhookEventParser {

    private final ObjectReader reader;
    private final ObjectMapper mapper;

    /** A parser with the SDK's JSON configuration ({@link PayhawkJson#newObjectMapper()}). */
    public WebhookEventParser() {
        this.mapper = PayhawkJson.newObjectMapper();
        // A body with anything after the envelope is not a delivery Payhawk sent.
        // A key that appears twice is refused: which of its values counts differs between JSON parsers,
        // so a signed body must not be able to say two things ({"id":"a","id":"b"}).
        this.reader = mapper.reader()
                .with(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    /**
     * Parses a delivery body.
     *
     * @param body      the raw body bytes (UTF-8 JSON)
     * @param timestamp the delivery's signed timestamp, carried into the event
     * @throws WebhookPayloadException if the body is not a JSON object with string {@code id},
     *                                 {@code accountId} and {@code eventType}, or has a key twice in one object
     */
    public WebhookEvent parse(byte[] body, Instant timestamp) {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(timestamp, "timestamp");
        JsonNode root = readTree(body);
        if (!root.isObject()) {
            throw new WebhookPayloadException("delivery body is a JSON " + nodeType(root)
                    + ", expected an object {\"id\", \"accountId\", \"eventType\", \"payload\"}");
        }
        String deliveryId = requiredText(root, "id");
        String accountId = requiredText(root, "accountId");
        String eventType = requiredText(root, "eventType");
        JsonNode payload = root.get("payload");
        if (payload == null || payload.isNull()) {
            payload = mapper.createObjectNode();
        }
        return event(deliveryId, accountId, eventType, timestamp, payload);
    }

    private static WebhookEvent event(String deliveryId, String accountId, String eventType, Instant timestamp,
                                      JsonNode payload) {
        switch (eventType) {
            case "expense.created":
                return new ExpenseCreated(deliveryId, accountId, timestamp, id(payload, "expenseId"), payload);
            case "expense.reviewed":
                return new ExpenseReviewed(deliveryId, accountId, timestamp, id(payload, "expenseId"), payload);
            case "expense.approved":
                return new ExpenseApproved(deliveryId, accountId, timestamp, id(payload, "expenseId"), payload);
            case "expense.deleted":
                return new ExpenseDeleted(deliveryId, accountId, timestamp, id(payload, "expenseId"), payload);
            case "expense.payment-details.updated":
                return new ExpensePaymentDetailsUpdated(deliveryId, accountId, timestamp,
                        id(payload, "expenseId"), payload);
            case "payment.authorized":
                return new PaymentAuthorized(deliveryId, accountId, timestamp,
                        id(payload, "expenseId"), optionalId(payload, "paymentId"), payload);
            case "payment.reverted":
                return new PaymentReverted(deliveryId, accountId, timestamp,
                        id(payload, "expenseId"), optionalId(payload, "paymentId"), payload);
            case "payment.settled":
                return new PaymentSettled(deliveryId, accountId, timestamp,
                        id(payload, "expenseId"), optionalId(payload, "paymentId"), payload);
            case "payment.failed":
                return new PaymentFailed(deliveryId, accountId, timestamp,
                        id(payload, "expenseId"), optionalId(payload, "paymentId"), payload);
            case "deposit.received":
                return new DepositReceived(deliveryId, accountId, timestamp,
                        id(payload, "fundAccountId"), id(payload, "depositId"), payload);
            case "supplier.created":
                return new SupplierCreated(deliveryId, accountId, timestamp, id(payload, "supplierId"), payload);
            case "supplier.updated":
                return new SupplierUpdated(deliveryId, accountId, timestamp, id(payload, "supplierId"), payload);
            case "purchase-order.status.changed":
                return new PurchaseOrderStatusChanged(deliveryId, accountId, timestamp,
                        id(payload, "purchaseOrderId"), optionalId(payload, "status"), payload);
            default:
                return new UnknownEvent(deliveryId, accountId, EventType.of(eventType), timestamp, payload);
        }
    }

    private JsonNode readTree(byte[] body) {
        // Checked here rather than left to Jackson: Jackson before 2.22 accepts some invalid sequences.
        if (!isUtf8(body)) {
            throw new WebhookPayloadException("delivery body is not valid UTF-8");
        }
        JsonNode root;
        try {
            root = reader.readTree(body);
        } catch (StreamConstraintsException e) {
            throw new WebhookPayloadException("delivery body exceeds the JSON limits (" + e.getOriginalMessage() + ")", e);
        } catch (JacksonException e) {
            // Jackson's own message can quote a token of the body; the location is enough to find it.
            JsonLocation where = e.getLocation();
            String at = where == null ? ""
                    : " (error at line " + where.getLineNr() + ", column " + where.getColumnNr() + ")";
            throw new WebhookPayloadException("delivery body is not valid JSON" + at, e);
        } catch (IOException e) {
            throw new WebhookPayloadException("delivery body could not be read as JSON", e);
        }
        if (root == null || root.isMissingNode()) {
            throw new WebhookPayloadException("delivery body is empty, expected a JSON object");
        }
        return root;
    }

    private static boolean isUtf8(byte[] body) {
        try {
            StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(body));   // reports malformed input
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static String requiredText(JsonNode envelope, String field) {
        JsonNode value = envelope.get(field);
        if (value == null || !value.isTextual() || value.textValue().isEmpty()) {
            String found = value == null ? "missing" : value.isTextual() ? "empty" : "a JSON " + nodeType(value);
            throw new WebhookPayloadException("delivery envelope field \"" + field + "\" is " + found
                    + ", expected a non-empty string");
        }
        return value.textValue();
    }

    private static String nodeType(JsonNode node) {
        return node.getNodeType().name().toLowerCase(Locale.ROOT);
    }

    /** An id from the payload: a non-empty string, or an integer written as a number; otherwise null. */
    private static String id(JsonNode payload, String field) {
        JsonNode value = payload.get(field);
        if (value == null) {
            return null;
        }
        if (value.isTextual()) {
            return value.textValue().isEmpty() ? null : value.textValue();
        }
        return value.isIntegralNumber() ? value.asText() : null;
    }

    private static Optional<String> optionalId(JsonNode payload, String field) {
        return Optional.ofNullable(id(payload, field));
    }
}
