package io.github.payhawk4j.query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A typed {@code $filter} for listing expenses ({@code IExpenseFilter}). Immutable.
 *
 * <p>Start from a field, pick an operator, combine with {@link #and} / {@link #or}:
 * <pre>{@code
 * ExpenseFilter filter = ExpenseFilter.and(
 *         ExpenseFilter.status().equalTo(ExpenseFilterStatus.READY),
 *         ExpenseFilter.supplierName().contains("Payhawk"),
 *         ExpenseFilter.createdAt().greaterThan(Instant.parse("2026-01-01T00:00:00Z")));
 * }</pre>
 * Payhawk compares date fields by their date part only.
 */
public final class ExpenseFilter {

    private final Map<String, Object> json;

    ExpenseFilter(Map<String, Object> json) {
        this.json = Collections.unmodifiableMap(new LinkedHashMap<>(json));
    }

    /** A filter of one field with one or more operators, e.g. {@code {"title":{"$contains":"x"}}}. */
    static ExpenseFilter ofField(String field, Map<String, Object> operators) {
        return new ExpenseFilter(Map.of(field, Collections.unmodifiableMap(new LinkedHashMap<>(operators))));
    }

    /** Expense id: {@code $equal}, {@code $in}. */
    public static IdField id() {
        return new IdField("id");
    }

    /** Expense status: {@code $equal}. */
    public static StatusField status() {
        return new StatusField("status");
    }

    /** Creation date: {@code $equal}, {@code $lessThan}, {@code $greaterThan}, {@code $empty}. */
    public static DateField createdAt() {
        return new DateField("createdAt");
    }

    /** Settlement date. */
    public static DateField settledAt() {
        return new DateField("settledAt");
    }

    /** Review date. */
    public static DateField reviewedAt() {
        return new DateField("reviewedAt");
    }

    /** Title: {@code $equal}, {@code $notEqual}, {@code $contains}, {@code $empty}. */
    public static TextField title() {
        return new TextField("title");
    }

    /** Expense type (e.g. {@code card}), matched as text. */
    public static TextField type() {
        return new TextField("type");
    }

    /** Category id ({@code category.id}). */
    public static TextField categoryId() {
        return new TextField("category.id");
    }

    /** Id of the user who created the expense ({@code createdBy.id}). */
    public static TextField createdById() {
        return new TextField("createdBy.id");
    }

    /** Document date ({@code document.documentDate}). */
    public static DateField documentDate() {
        return new DateField("document.documentDate");
    }

    /** Document number ({@code document.documentNumber}). */
    public static TextField documentNumber() {
        return new TextField("document.documentNumber");
    }

    /** Document due date ({@code document.dueDate}). */
    public static DateField dueDate() {
        return new DateField("document.dueDate");
    }

    /** Document service date ({@code document.serviceDate}). */
    public static DateField serviceDate() {
        return new DateField("document.serviceDate");
    }

    /** Total in base currency ({@code reconciliation.baseTotalAmount}). */
    public static AmountField baseTotalAmount() {
        return new AmountField("reconciliation.baseTotalAmount");
    }

    /** Supplier name ({@code supplier.name}). */
    public static TextField supplierName() {
        return new TextField("supplier.name");
    }

    /** Card id ({@code card.id}): {@code $equal}, {@code $in}. */
    public static IdField cardId() {
        return new IdField("card.id");
    }

    /** All of the filters, two or more, must match ({@code $and}). */
    public static ExpenseFilter and(ExpenseFilter first, ExpenseFilter second, ExpenseFilter... more) {
        return combine("$and", first, second, more);
    }

    /** Any of the filters, two or more, must match ({@code $or}). */
    public static ExpenseFilter or(ExpenseFilter first, ExpenseFilter second, ExpenseFilter... more) {
        return combine("$or", first, second, more);
    }

    /** This filter and {@code other} must both match. */
    public ExpenseFilter and(ExpenseFilter other) {
        return combine("$and", this, other);
    }

    /** This filter or {@code other} must match. */
    public ExpenseFilter or(ExpenseFilter other) {
        return combine("$or", this, other);
    }

    /** The filter as the JSON tree sent in {@code $filter}: maps, lists, strings, booleans and BigDecimals. */
    public Map<String, Object> toJsonTree() {
        return json;
    }

    private static ExpenseFilter combine(String operator, ExpenseFilter first, ExpenseFilter second, ExpenseFilter... more) {
        List<Map<String, Object>> all = new ArrayList<>();
        all.add(Objects.requireNonNull(first, "filter").json);
        all.add(Objects.requireNonNull(second, "filter").json);
        Arrays.stream(more).map(filter -> Objects.requireNonNull(filter, "filter").json).forEach(all::add);
        return new ExpenseFilter(Map.of(operator, List.copyOf(all)));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ExpenseFilter that && json.equals(that.json);
    }

    @Override
    public int hashCode() {
        return json.hashCode();
    }

    @Override
    public String toString() {
        return "ExpenseFilter" + json;
    }
}
