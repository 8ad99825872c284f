package io.github.payhawk4j.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A thread-safe collection of JSON documents keyed by their {@code id}, kept in insertion order.
 * Every read hands out a deep copy, so callers never share a tree with the store.
 */
final class DocumentStore {

    private final String kind;
    private final Map<String, ObjectNode> documents = new LinkedHashMap<>();

    /** A store of {@code kind} documents ("Expense", "Supplier"), named in error messages. */
    DocumentStore(String kind) {
        this.kind = kind;
    }

    String kind() {
        return kind;
    }

    /** Adds or replaces the document with the id it carries. */
    synchronized void put(ObjectNode document) {
        String id = document.path("id").asText("");
        if (id.isEmpty()) {
            throw new IllegalArgumentException(kind + " needs a non-empty \"id\": " + document);
        }
        documents.put(id, document.deepCopy());
    }

    synchronized boolean contains(String id) {
        return documents.containsKey(id);
    }

    /** A copy of the document with this id. */
    synchronized Optional<ObjectNode> find(String id) {
        return Optional.ofNullable(documents.get(id)).map(ObjectNode::deepCopy);
    }

    /** Applies {@code change} to the stored document and returns a copy of the result. */
    synchronized ObjectNode update(String id, Consumer<ObjectNode> change) {
        ObjectNode document = documents.get(id);
        if (document == null) {
            throw new NoSuchElementException("No " + kind.toLowerCase() + " with id '" + id + "'");
        }
        change.accept(document);
        return document.deepCopy();
    }

    /** Removes the document with this id, if there is one. */
    synchronized void remove(String id) {
        documents.remove(id);
    }

    /** Copies of all documents, oldest first. */
    synchronized List<ObjectNode> all() {
        List<ObjectNode> copies = new ArrayList<>(documents.size());
        documents.values().forEach(document -> copies.add(document.deepCopy()));
        return copies;
    }
}
