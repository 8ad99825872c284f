package io.github.payhawk4j.webhooks.internal;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A table name that is safe to put into SQL text: letters, digits and underscores, optionally qualified by a
 * schema ({@code billing.payhawk_webhook_delivery}). Table names cannot be bound as parameters, so they are
 * checked once when a store is built instead.
 */
public final class SqlIdentifier {

    private static final Pattern SAFE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}(\\.[A-Za-z_][A-Za-z0-9_]{0,62})?");

    private SqlIdentifier() {
    }

    /**
     * Returns {@code name} if it is a plain (optionally schema-qualified) identifier.
     *
     * @throws IllegalArgumentException if it is anything else
     */
    public static String requireTableName(String name) {
        Objects.requireNonNull(name, "tableName");
        if (!SAFE.matcher(name).matches()) {
            throw new IllegalArgumentException("table name '" + name + "' must be letters, digits and underscores,"
                    + " optionally schema-qualified (schema.table), at most 63 characters each");
        }
        return name;
    }
}
