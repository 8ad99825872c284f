package io.github.payhawk4j.query;

import io.github.payhawk4j.model.purchaseorder.PurchaseOrderStatus;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A typed {@code $filter} for listing purchase orders ({@code IPurchaseOrderFilter}): by status, by a part of
 * the purchase order number, or all of several. Immutable.
 * <pre>{@code
 * PurchaseOrderFilter filter = PurchaseOrderFilter.and(
 *         PurchaseOrderFilter.status(PurchaseOrderStatus.OPEN),
 *         PurchaseOrderFilter.purchaseOrderNumberContains("2026-"));
 * }</pre>
 */
public final class PurchaseOrderFilter {

    private final Map<String, Object> json;

    private PurchaseOrderFilter(Map<String, Object> json) {
        this.json = json;
    }

    /** Orders with this status ({@code {"status":{"$equal":...}}}); an unknown status is sent as it is. */
    public static PurchaseOrderFilter status(PurchaseOrderStatus status) {
        Objects.requireNonNull(status, "status");
        return new PurchaseOrderFilter(Map.of("status", Map.of("$equal", status.value())));
    }

    /** Orders whose number contains {@code text} ({@code {"purchaseOrderNumber":{"$contains":...}}}). */
    public static PurchaseOrderFilter purchaseOrderNumberContains(String text) {
        Objects.requireNonNull(text, "text");
        return new PurchaseOrderFilter(Map.of("purchaseOrderNumber", Map.of("$contains", text)));
    }

    /** All of the filters, two or more, must match ({@code $and}). */
    public static PurchaseOrderFilter and(PurchaseOrderFilter first, PurchaseOrderFilter second, PurchaseOrderFilter... more) {
        List<Map<String, Object>> all = new ArrayList<>();
        all.add(Objects.requireNonNull(first, "filter").json);
        all.add(Objects.requireNonNull(second, "filter").json);
        Arrays.stream(more).map(filter -> Objects.requireNonNull(filter, "filter").json).forEach(all::add);
        return new PurchaseOrderFilter(Map.of("$and", List.copyOf(all)));
    }

    /** This filter and {@code other} must both match. */
    public PurchaseOrderFilter and(PurchaseOrderFilter other) {
        return and(this, other);
    }

    /** The filter as the JSON tree sent in {@code $filter}: maps, lists and strings. */
    public Map<String, Object> toJsonTree() {
        return json;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PurchaseOrderFilter that && json.equals(that.json);
    }

    @Override
    public int hashCode() {
        return json.hashCode();
    }

    @Override
    public String toString() {
        return "PurchaseOrderFilter" + json;
    }
}
