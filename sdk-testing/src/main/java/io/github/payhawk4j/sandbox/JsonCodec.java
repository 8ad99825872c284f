package io.github.payhawk4j.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.payhawk4j.json.PayhawkJson;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Reads and writes the sandbox's JSON trees with the SDK's one Jackson configuration, which keeps
 * numbers exactly as written: money is stored as {@code BigDecimal} nodes and {@code 1234.10} comes
 * back as {@code 1234.10}.
 */
final class JsonCodec {

    private final ObjectMapper mapper = PayhawkJson.newObjectMapper();

    ObjectNode object() {
        return mapper.createObjectNode();
    }

    ArrayNode array() {
        return mapper.createArrayNode();
    }

    JsonNode textNode(String text) {
        return mapper.getNodeFactory().textNode(text);
    }

    JsonNode booleanNode(boolean value) {
        return mapper.getNodeFactory().booleanNode(value);
    }

    /** Parses a request body or query value; malformed JSON is the caller's fault, so a 400. */
    JsonNode parseRequest(byte[] json, String what) {
        try {
            JsonNode node = mapper.readTree(json);
            if (node == null || node.isMissingNode()) {
                throw RefusedRequestException.badRequest(what + " is empty; expected JSON");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw RefusedRequestException.badRequest(what + " is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses JSON given by Java code seeding the sandbox; malformed JSON is a programming error. */
    ObjectNode parseObject(String json) {
        try {
            JsonNode node = mapper.readTree(json);
            if (!(node instanceof ObjectNode object)) {
                throw new IllegalArgumentException("Expected a JSON object, got: " + json);
            }
            return object;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** A JSON response with this status and body. */
    SandboxResponse response(int status, JsonNode body) {
        return SandboxResponse.json(status, write(body));
    }

    /** Payhawk's list document: {@code {"items": [...], "total": N}}. */
    ObjectNode listDocument(List<ObjectNode> items, long total) {
        ObjectNode document = object();
        document.set("items", array().addAll(items));
        document.put("total", total);
        return document;
    }

    /** A request's JSON query parameter such as {@code $filter}, parsed, if present. */
    Optional<JsonNode> queryJson(SandboxRequest request, String name) {
        return request.queryParameter(name)
                .map(value -> parseRequest(value.getBytes(StandardCharsets.UTF_8), name));
    }

    /** A request body that must be a JSON object. */
    ObjectNode requestObject(SandboxRequest request) {
        JsonNode body = parseRequest(request.body(), "Request body");
        if (!(body instanceof ObjectNode object)) {
            throw RefusedRequestException.badRequest("Request body must be a JSON object");
        }
        return object;
    }

    byte[] write(JsonNode node) {
        try {
            return mapper.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A JSON tree could not be written", e);
        }
    }
}
