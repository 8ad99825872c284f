package io.github.payhawk4j.query;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/** An id field of an {@link ExpenseFilter}: {@code $equal}, {@code $in}. */
public final class IdField {

    private final String name;

    IdField(String name) {
        this.name = name;
    }

    /** The id equals {@code id}. */
    public ExpenseFilter equalTo(String id) {
        return ExpenseFilter.ofField(name, Map.of("$equal", Objects.requireNonNull(id, "id")));
    }

    /** The id is one of {@code ids}. */
    public ExpenseFilter in(String... ids) {
        return in(List.of(ids));
    }

    /** The id is one of {@code ids}. */
    public ExpenseFilter in(List<String> ids) {
        if (ids.isEmpty()) {
            throw new IllegalArgumentException("$in needs at least one id");
        }
        return ExpenseFilter.ofField(name, Map.of("$in", List.copyOf(ids)));
    }
}
