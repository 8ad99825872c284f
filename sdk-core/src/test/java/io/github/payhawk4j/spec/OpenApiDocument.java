package io.github.payhawk4j.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The OpenAPI document the project keeps in {@code src/test/resources/openapi/payhawk-openapi.json}, read as the
 * spec-driven tests need it: its operations, and its schemas with {@code $ref}, {@code allOf}, {@code oneOf} and
 * {@code anyOf} resolved.
 */
final class OpenApiDocument {

    /** The prefix of every path in the document; the SDK's paths and the reference table leave it out. */
    static final String BASE_PATH = "/api/v3";
    private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");

    private final JsonNode root;
    private final List<SpecOperation> operations;

    private OpenApiDocument(JsonNode root) {
        this.root = root;
        this.operations = readOperations();
    }

    /** The document kept in the test resources. */
    static OpenApiDocument load() {
        try (InputStream in = OpenApiDocument.class.getResourceAsStream("/openapi/payhawk-openapi.json")) {
            if (in == null) {
                throw new IllegalStateException("no /openapi/payhawk-openapi.json in the test resources");
            }
            return new OpenApiDocument(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every operation of the document, in its order. */
    List<SpecOperation> operations() {
        return operations;
    }

    /** {@code schema} with {@code $ref}s followed until it is a schema of its own. */
    JsonNode resolve(JsonNode schema) {
        JsonNode current = schema == null ? MissingNode.getInstance() : schema;
        for (int hops = 0; current.has("$ref"); hops++) {
            if (hops > 20) {
                throw new IllegalStateException("$ref cycle at " + schema);
            }
            current = root.at(current.get("$ref").asText().substring(1));
            if (current.isMissingNode()) {
                throw new IllegalStateException("unresolvable $ref in " + schema);
            }
        }
        return current;
    }

    /** The name of the component {@code schema} refers to, e.g. {@code IExpense}, or {@code null} if inline. */
    static String refName(JsonNode schema) {
        if (schema == null || !schema.has("$ref")) {
            return null;
        }
        String ref = schema.get("$ref").asText();
        return ref.substring(ref.lastIndexOf('/') + 1);
    }

    /**
     * Every property an instance of {@code schema} can have: its own and those of every {@code allOf},
     * {@code oneOf} and {@code anyOf} branch, by name (the first declaration wins when branches repeat one).
     */
    Map<String, JsonNode> properties(JsonNode schema) {
        Map<String, JsonNode> found = new LinkedHashMap<>();
        collectProperties(resolve(schema), found, 0);
        return found;
    }

    private void collectProperties(JsonNode schema, Map<String, JsonNode> found, int depth) {
        if (depth > 20) {
            return;
        }
        schema.path("properties").fields().forEachRemaining(p -> found.putIfAbsent(p.getKey(), p.getValue()));
        for (String combinator : List.of("allOf", "oneOf", "anyOf")) {
            for (JsonNode branch : schema.path(combinator)) {
                collectProperties(resolve(branch), found, depth + 1);
            }
        }
    }

    /**
     * Whether the property {@code name} declared as {@code schema} is a count of objects. The document types every
     * {@code total} of a list response as {@code number} (format float) yet describes it as "Total count of objects.
     * If using pagination, this is the sum of all pages": a count is a whole number, so the SDK holds it in a
     * {@code long} (as {@code Page.total()}), and the generated instances send whole numbers for it.
     */
    boolean isObjectCount(String name, JsonNode schema) {
        return name.equals("total") && resolve(schema).path("description").asText("").startsWith("Total count of objects");
    }

    /** The properties {@code schema} (with its {@code allOf} branches) marks required. */
    Set<String> required(JsonNode schema) {
        Set<String> required = new LinkedHashSet<>();
        JsonNode resolved = resolve(schema);
        resolved.path("required").forEach(name -> required.add(name.asText()));
        resolved.path("allOf").forEach(branch -> required.addAll(required(branch)));
        return required;
    }

    /** The JSON type of {@code schema}: its {@code type}, else {@code object} if it has properties, else null. */
    String type(JsonNode schema) {
        JsonNode resolved = resolve(schema);
        if (resolved.has("type")) {
            return resolved.get("type").asText();
        }
        if (!properties(resolved).isEmpty()) {
            return "object";
        }
        for (String combinator : List.of("allOf", "oneOf", "anyOf")) {
            for (JsonNode branch : resolved.path(combinator)) {
                String type = type(branch);
                if (type != null) {
                    return type;
                }
            }
        }
        return null;
    }

    private List<SpecOperation> readOperations() {
        List<SpecOperation> found = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = root.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (!path.getKey().startsWith(BASE_PATH)) {
                throw new IllegalStateException("path outside " + BASE_PATH + ": " + path.getKey());
            }
            for (String method : METHODS) {
                JsonNode operation = path.getValue().get(method);
                if (operation != null) {
                    found.add(operation(method.toUpperCase(java.util.Locale.ROOT),
                            path.getKey().substring(BASE_PATH.length()), operation));
                }
            }
        }
        return List.copyOf(found);
    }

    private static SpecOperation operation(String method, String path, JsonNode operation) {
        int status = 0;
        JsonNode success = MissingNode.getInstance();
        for (Iterator<String> codes = operation.path("responses").fieldNames(); codes.hasNext(); ) {
            String code = codes.next();
            if (code.startsWith("2") && (status == 0 || Integer.parseInt(code) < status)) {
                status = Integer.parseInt(code);
                success = operation.path("responses").path(code);
            }
        }
        String mediaType = null;
        JsonNode responseSchema = null;
        // A 204 has no body whatever the document declares for it.
        if (status != 204 && success.path("content").fieldNames().hasNext()) {
            mediaType = success.path("content").fieldNames().next();
            responseSchema = SpecErrata.responseSchema(method + " " + path,
                    success.path("content").path(mediaType).path("schema"));
        }
        String requestMediaType = null;
        JsonNode requestSchema = null;
        JsonNode requestContent = operation.path("requestBody").path("content");
        if (requestContent.fieldNames().hasNext()) {
            requestMediaType = requestContent.fieldNames().next();
            requestSchema = requestContent.path(requestMediaType).path("schema");
        }
        return new SpecOperation(method, path, operation.path("summary").asText(), status, mediaType, responseSchema,
                requestMediaType, requestSchema);
    }

    /**
     * One operation of the document.
     *
     * @param method            {@code GET}, {@code POST}, ...
     * @param path              the path template without {@link #BASE_PATH}, e.g. {@code /accounts/{accountId}/cards}
     * @param successStatus     the lowest 2xx status it documents
     * @param responseMediaType the media type of that response's body, or null if it has none
     * @param responseSchema    the schema of that body ({@link SpecErrata corrected} where the document is wrong), or null
     * @param requestMediaType  the media type of the request body, or null if it takes none
     * @param requestSchema     the schema of the request body, or null
     */
    record SpecOperation(String method, String path, String summary, int successStatus, String responseMediaType,
                         JsonNode responseSchema, String requestMediaType, JsonNode requestSchema) {

        /** {@code GET /accounts/{accountId}/cards}. */
        String key() {
            return method + " " + path;
        }

        boolean hasJsonResponse() {
            return responseMediaType != null && responseMediaType.contains("json");
        }

        @Override
        public String toString() {
            return key();
        }
    }
}
