package io.github.payhawk4j.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The account's lists that are replaced as a whole (account codes, tax rates, amortizations, external teams).
 * A replaced item with the key of an item already stored keeps that item's {@code id} and {@code createdAt}.
 * Thread-safe; reads hand out copies.
 */
final class MasterDataListStore {

    private final IdSequence ids;
    private final SandboxTime time;
    private final Map<MasterDataList, List<ObjectNode>> lists = new HashMap<>();

    MasterDataListStore(IdSequence ids, SandboxTime time) {
        this.ids = ids;
        this.time = time;
    }

    synchronized List<ObjectNode> list(MasterDataList kind) {
        return lists.getOrDefault(kind, List.of()).stream().map(ObjectNode::deepCopy).toList();
    }

    /** Replaces the list with {@code items} (checked, keys unique) and returns the stored items. */
    synchronized List<ObjectNode> replace(MasterDataList kind, List<ObjectNode> items) {
        Map<String, ObjectNode> previous = new HashMap<>();
        if (kind.key() != null) {
            lists.getOrDefault(kind, List.of()).forEach(item -> {
                if (item.hasNonNull(kind.key())) {
                    previous.put(item.get(kind.key()).asText(), item);
                }
            });
        }
        List<ObjectNode> stored = items.stream().map(item -> {
            ObjectNode copy = item.deepCopy();
            ObjectNode before = kind.key() != null && item.hasNonNull(kind.key()) ? previous.get(item.get(kind.key()).asText()) : null;
            if (kind.idPrefix() != null) {
                copy.put("id", before != null ? before.get("id").asText() : ids.next(kind.idPrefix()));
            }
            if (kind.createdAt()) {
                copy.put("createdAt", before != null ? before.get("createdAt").asText() : time.nowText());
            }
            return copy;
        }).toList();
        lists.put(kind, stored);
        return list(kind);
    }
}
