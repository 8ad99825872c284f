package io.github.payhawk4j.webhooks.internal;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.Set;

/**
 * The view of a transaction's connection that a handler gets: every call goes to the real connection, except the
 * ones that would end the transaction behind the SDK's back (commit, roll back everything, close, switch
 * auto-commit on, abort), which throw {@link IllegalStateException}. The SDK commits the handler's work together
 * with the record that the delivery was processed; a handler that committed on its own would break that.
 */
public final class TransactionConnection {

    private static final Set<String> FORBIDDEN = Set.of("commit", "close", "setAutoCommit", "abort");

    private TransactionConnection() {
    }

    /** {@code connection} guarded against ending its transaction. */
    public static Connection guard(Connection connection) {
        InvocationHandler handler = (proxy, method, args) -> invoke(proxy, connection, method, args);
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, handler);
    }

    private static Object invoke(Object proxy, Connection connection, Method method, Object[] args) throws Throwable {
        String name = method.getName();
        boolean rollbackAll = "rollback".equals(name) && (args == null || args.length == 0);
        if (FORBIDDEN.contains(name) || rollbackAll) {
            throw new IllegalStateException(name + "() is not allowed on the connection of a webhook handler: the SDK"
                    + " commits the handler's work together with the delivery record, or rolls both back if the"
                    + " handler throws; throw to roll back");
        }
        if ("unwrap".equals(name) || "isWrapperFor".equals(name)) {
            // Unwrapping would hand out the unguarded connection.
            if ("isWrapperFor".equals(name)) {
                return false;
            }
            throw new java.sql.SQLException("the connection of a webhook handler cannot be unwrapped");
        }
        if ("equals".equals(name)) {
            return proxy == args[0];
        }
        if ("hashCode".equals(name)) {
            return System.identityHashCode(proxy);
        }
        try {
            return method.invoke(connection, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
