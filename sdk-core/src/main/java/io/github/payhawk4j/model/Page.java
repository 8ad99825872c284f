package io.github.payhawk4j.model;

import java.util.List;

/**
 * One page of a list response: {@code {"items": [...], "total": N}}.
 *
 * @param items the objects on this page, never null
 * @param total how many objects match in all pages together, not just on this one
 * @param <T> the type of the listed objects
 */
public record Page<T>(List<T> items, long total) {

    /** Copies {@code items}, so the page stays immutable; absent items become an empty list. */
    public Page {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
