package io.github.payhawk4j.webhooks.internal;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;

/**
 * Recognises the error an {@code INSERT} gets when the row's unique key exists already, across the databases the
 * SDK documents: SQLState {@code 23505} (PostgreSQL, H2, DB2) and the vendor codes of MySQL/MariaDB (1062),
 * SQL Server (2627, 2601) and Oracle (ORA-00001), which report the generic class {@code 23000}.
 */
public final class DuplicateKey {

    private DuplicateKey() {
    }

    /** Whether {@code e}, or an exception chained to it, says that a unique key was violated. */
    public static boolean isViolation(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && isViolationItself(sql)) {
                return true;
            }
        }
        for (SQLException next = e.getNextException(); next != null; next = next.getNextException()) {
            if (isViolationItself(next)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isViolationItself(SQLException e) {
        String state = e.getSQLState();
        if ("23505".equals(state)) {
            return true;
        }
        if (state != null && state.startsWith("23")) {
            int code = e.getErrorCode();
            return code == 1062 || code == 2627 || code == 2601 || code == 1;
        }
        // Some drivers report the violation by type only.
        return e instanceof SQLIntegrityConstraintViolationException && state == null;
    }
}
