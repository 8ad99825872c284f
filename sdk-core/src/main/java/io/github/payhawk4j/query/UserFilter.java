package io.github.payhawk4j.query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A typed {@code $filter} for listing account users ({@code IAccountUserFilter}): by id, external id or
 * email, each {@code $equal} or {@code $in}, combined with {@link #and}. Immutable.
 * <pre>{@code
 * UserFilter filter = UserFilter.email().in("ana@acme.com", "ivan@acme.com");
 * }</pre>
 */
public final class UserFilter {

    private final Map<String, Object> json;

    private UserFilter(Map<String, Object> json) {
        this.json = json;
    }

    /** The user's id. */
    public static Field id() {
        return new Field("id");
    }

    /** The user's id in the external system. */
    public static Field externalId() {
        return new Field("externalId");
    }

    /** The user's email. */
    public static Field email() {
        return new Field("email");
    }

    /** All of the filters, two or more, must match ({@code $and}). */
    public static UserFilter and(UserFilter first, UserFilter second, UserFilter... more) {
        List<Map<String, Object>> all = new ArrayList<>();
        all.add(Objects.requireNonNull(first, "filter").json);
        all.add(Objects.requireNonNull(second, "filter").json);
        Arrays.stream(more).map(filter -> Objects.requireNonNull(filter, "filter").json).forEach(all::add);
        return new UserFilter(Map.of("$and", List.copyOf(all)));
    }

    /** This filter and {@code other} must both match. */
    public UserFilter and(UserFilter other) {
        return and(this, other);
    }

    /** The filter as the JSON tree sent in {@code $filter}. */
    public Map<String, Object> toJsonTree() {
        return json;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof UserFilter that && json.equals(that.json);
    }

    @Override
    public int hashCode() {
        return json.hashCode();
    }

    @Override
    public String toString() {
        return "UserFilter" + json;
    }

    /** A field of a {@link UserFilter}: {@code $equal}, {@code $in}. */
    public static final class Field {

        private final String name;

        private Field(String name) {
            this.name = name;
        }

        /** The field equals {@code value}. */
        public UserFilter equalTo(String value) {
            return new UserFilter(Map.of(name, Map.of("$equal", Objects.requireNonNull(value, "value"))));
        }

        /** The field is one of {@code values}. */
        public UserFilter in(String... values) {
            return in(List.of(values));
        }

        /** The field is one of {@code values}, at least one. */
        public UserFilter in(List<String> values) {
            if (values.isEmpty()) {
                throw new IllegalArgumentException("$in needs at least one value");
            }
            return new UserFilter(Map.of(name, Map.of("$in", List.copyOf(values))));
        }
    }
}
